package org.mptcplab.app.shell;

import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real {@link MptcpLabApplication} started headlessly before each test on the TestFX primary stage,
 * as a user would start it with command-line arguments, and stopped after it. Register it as an
 * instance field: {@code @RegisterExtension final ApplicationFixture app = new ApplicationFixture();}.
 * The test's own {@code @AfterEach} methods run before the application stops.
 */
public final class ApplicationFixture implements BeforeEachCallback, AfterEachCallback {
    private final String[] args;
    private Application application;
    private Stage stage;

    /** Starts the application with {@code args} before each test. */
    public ApplicationFixture(String... args) {
        this.args = args.clone();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        // Quit and closing windows must not end the toolkit the following tests run on.
        Platform.setImplicitExit(false);
        application = FxToolkit.setupApplication(MptcpLabApplication.class, args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    /** Stops the running application and starts it again with {@code newArgs}. */
    public void restart(String... newArgs) throws TimeoutException {
        FxToolkit.cleanupApplication(application);
        application = FxToolkit.setupApplication(MptcpLabApplication.class, newArgs);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The stage the main window shows on. */
    public Stage stage() {
        return stage;
    }
}
