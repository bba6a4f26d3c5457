package org.mptcplab.app.cli;

import org.mptcplab.app.AppInfo;
import picocli.CommandLine;

/** {@code --version}: the same version string as the About box, plus the Java runtime. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            AppInfo.COMMAND + " " + AppInfo.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }
}
