package org.mptcplab.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Display detection from the OS name and environment variables. On Linux and other X11/Wayland
 * systems a display needs DISPLAY or WAYLAND_DISPLAY; macOS and Windows always have one in a
 * desktop session, so they are assumed fine and a toolkit failure is caught later instead.
 */
public final class EnvironmentDisplayProbe implements DisplayProbe {

    /** The reason printed when neither variable is set. */
    public static final String NO_DISPLAY = "no display (DISPLAY/WAYLAND_DISPLAY unset)";

    private final String osName;
    private final Map<String, String> env;

    /**
     * @param osName value of the {@code os.name} system property
     * @param env    the process environment
     */
    public EnvironmentDisplayProbe(String osName, Map<String, String> env) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = Map.copyOf(env);
    }

    /** The probe for this process. */
    public static EnvironmentDisplayProbe system() {
        return new EnvironmentDisplayProbe(System.getProperty("os.name", ""), System.getenv());
    }

    @Override
    public Optional<String> missingDisplayReason() {
        if (osName.startsWith("mac") || osName.startsWith("windows")) {
            return Optional.empty();
        }
        boolean x11 = isSet("DISPLAY");
        boolean wayland = isSet("WAYLAND_DISPLAY");
        return x11 || wayland ? Optional.empty() : Optional.of(NO_DISPLAY);
    }

    private boolean isSet(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
