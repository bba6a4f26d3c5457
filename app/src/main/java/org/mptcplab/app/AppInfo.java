package org.mptcplab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Product facts shared by the command line and the GUI, so {@code --version} and the About box
 * can never disagree.
 */
public final class AppInfo {

    /** Product name, also the main window's title. */
    public static final String NAME = "MPTCP Lab";

    /** Command name used in usage and error messages. */
    public static final String COMMAND = "mptcp-lab";

    /** One sentence saying what the product is. */
    public static final String TAGLINE =
            "A teaching simulator: how Multipath TCP breaks behind layer-4 load balancers and anycast,"
                    + " and how the ICNP 2017 fix repairs it.";

    /** The paper the product teaches. */
    public static final String PAPER = "F. Duchêne and O. Bonaventure, \"Making Multipath TCP friendlier"
            + " to Load Balancers and Anycast\", IEEE ICNP 2017.";

    private static final String VERSION_RESOURCE = "version.properties";
    private static final String VERSION = readVersion();

    private AppInfo() {
    }

    /**
     * The build version: the Maven project version filtered into {@code version.properties}; the
     * jar manifest's Implementation-Version as a fallback; "unknown" if neither is present.
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                String value = props.getProperty("version", "").trim();
                // An unfiltered copy (e.g. an IDE build) still holds the placeholder.
                if (!value.isEmpty() && !value.startsWith("${")) {
                    return value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
        String fromManifest = AppInfo.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "unknown";
    }
}
