package org.mptcplab.app.shell;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Prints how long the first frame took after JVM start, then closes the application. Reads the wall
 * clock, which is why it only runs when asked for ({@link MptcpLabApplication#STARTUP_PROBE}).
 */
final class StartupProbe extends AnimationTimer {
    @Override
    public void handle(long now) {
        stop();
        long wall = System.currentTimeMillis();
        long sinceJvmStart = wall - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-frame-ms-since-jvm-start=" + sinceJvmStart + " first-frame-epoch-ms=" + wall);
        Platform.exit();
    }
}
