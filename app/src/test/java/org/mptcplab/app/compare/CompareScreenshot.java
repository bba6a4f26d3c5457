package org.mptcplab.app.compare;

import java.io.File;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mptcplab.app.shell.ScreenshotTool;
import org.mptcplab.assets.Themes;

/**
 * On-demand tool (not a test): opens the compare view on a pair, moves to the divergence and saves
 * the window as PNG. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.compare.CompareScreenshot l4lb-mptcp-plain l4lb-mptcp-fixed docs/screenshots/compare.png</pre>
 * Optional further arguments: width, height, theme (light, dark, high-contrast).
 */
public final class CompareScreenshot {
    private CompareScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args[2]);
        double width = args.length > 3 ? Double.parseDouble(args[3]) : 1600;
        double height = args.length > 4 ? Double.parseDouble(args[4]) : 900;
        ScreenshotTool.run(done -> {
            Stage stage = new Stage();
            CompareView view = new CompareView(ComparePair.builtIn(args[0], args[1]));
            Scene scene = new Scene(view, width, height);
            String theme = args.length > 5 ? args[5] : Themes.LIGHT;
            scene.getStylesheets().setAll(Themes.stylesheet(theme).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.model().loadingProperty().addListener((o, was, now) -> {
                if (now) {
                    return;
                }
                view.model().toDivergence();
                ScreenshotTool.saveAfterPulses(12, scene, out, view.model().messageProperty()::get, done);
            });
        });
    }
}
