package org.mptcplab.app.playback.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.shell.ApplicationFixture;
import org.testfx.api.FxRobot;

/** The application installs the error dialog as the FX thread's uncaught-exception handler at startup. */
class ApplicationErrorHandlerUITest {
    @RegisterExtension
    final ApplicationFixture app = new ApplicationFixture();
    private final FxRobot robot = new FxRobot();

    @Test
    void theRunningApplicationHandlesUncaughtFxExceptionsWithTheErrorDialog() {
        AtomicReference<Thread.UncaughtExceptionHandler> onFx = new AtomicReference<>();
        robot.interact(() -> onFx.set(Thread.currentThread().getUncaughtExceptionHandler()));

        assertThat(onFx.get()).isInstanceOf(UncaughtErrorHandler.class);
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(onFx.get());
    }
}
