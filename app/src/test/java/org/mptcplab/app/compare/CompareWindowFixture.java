package org.mptcplab.app.compare;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A compare window on two catalogue scenarios, opened on demand and closed after the test. Register it
 * as an instance field: {@code @RegisterExtension final CompareWindowFixture compare = new
 * CompareWindowFixture();}, then call {@link #open(String, String)} in the tests that need a window.
 */
public final class CompareWindowFixture implements AfterEachCallback {
    private final FxRobot robot = new FxRobot();
    private CompareWindow window;

    /** Opens the pair with no owner and waits until both runs are recorded and aligned. */
    public CompareWindow open(String leftId, String rightId) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> window = CompareWindow.open(null, ComparePair.builtIn(leftId, rightId), List.of()));
        CompareViewModel m = window.view().model();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> m.pairProperty().get() != null
                && !m.loadingProperty().get());
        return window;
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
        FxToolkit.cleanupStages();
    }
}
