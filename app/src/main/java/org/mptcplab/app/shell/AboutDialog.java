package org.mptcplab.app.shell;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mptcplab.app.AppInfo;

/** Help → About: name, version, what the product does, and the paper it teaches. */
final class AboutDialog {

    static final String DESCRIPTION = AppInfo.NAME + " simulates, packet by packet and deterministically, what"
            + " happens to Multipath TCP connections behind layer-4 load balancers and anycast: why a second"
            + " subflow is reset when its MP_JOIN is hashed to another server, and how the fix repairs it"
            + " (the C flag, an ADD_ADDR of the server's own address, and a reliable ADD_ADDR, now part of"
            + " RFC 8684). It is meant for lectures, self-study and figures for slides and papers.";

    private AboutDialog() {
    }

    static Dialog<Void> create(Window owner, ShellViewModel model) {
        Label name = label(AppInfo.NAME, "about-title");
        Label version = label("Version " + model.getVersion(), "about-version");
        version.setId("about-version");
        Label description = label(DESCRIPTION, "about-description");
        Label paperHeading = label("The paper it teaches", "about-heading");
        Label paper = label(AppInfo.PAPER, "about-reference");
        paper.setId("about-reference");
        Label runtime = label("Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "unknown"), "about-runtime");

        VBox content = new VBox(10, name, version, description, paperHeading, paper, runtime);
        content.getStyleClass().add("about-pane");
        content.setPrefWidth(520);
        return ShellDialogs.information(owner, "about-dialog", "About " + AppInfo.NAME, content);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
