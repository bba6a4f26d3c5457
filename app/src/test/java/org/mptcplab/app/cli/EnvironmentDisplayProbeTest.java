package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentDisplayProbeTest {

    @Test
    void linuxWithoutDisplayVariablesHasNoDisplay() {
        assertThat(new EnvironmentDisplayProbe("Linux", Map.of("HOME", "/root")).missingDisplayReason())
                .hasValue("no display (DISPLAY/WAYLAND_DISPLAY unset)");
    }

    @Test
    void blankDisplayCountsAsUnset() {
        assertThat(new EnvironmentDisplayProbe("Linux", Map.of("DISPLAY", " ")).missingDisplayReason()).isPresent();
    }

    @Test
    void x11OrWaylandDisplayIsEnough() {
        assertThat(new EnvironmentDisplayProbe("Linux", Map.of("DISPLAY", ":0")).missingDisplayReason()).isEmpty();
        assertThat(new EnvironmentDisplayProbe("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).missingDisplayReason())
                .isEmpty();
        assertThat(new EnvironmentDisplayProbe("FreeBSD", Map.of("DISPLAY", ":1")).missingDisplayReason()).isEmpty();
    }

    @Test
    void macOsAndWindowsAreAssumedToHaveADisplay() {
        assertThat(new EnvironmentDisplayProbe("Mac OS X", Map.of()).missingDisplayReason()).isEmpty();
        assertThat(new EnvironmentDisplayProbe("Windows 11", Map.of()).missingDisplayReason()).isEmpty();
    }
}
