package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Narration as text nodes: styles, lists, and links that go through the link policy. */
class NarrationViewUITest {
    private final FxRobot robot = new FxRobot();
    private final List<String> asked = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private NarrationView view;

    @BeforeEach
    void show() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            LinkPolicy policy = new LinkPolicy(url -> asked.add(url), opened::add, n -> { });
            view = new NarrationView(policy::follow);
            view.setText("The **token** is `a1b2c3d4`, see [RFC 8684](https://www.rfc-editor.org/rfc/rfc8684).\n\n"
                    + "- first\n- *second*\n\n1. one\n2. two");
            s.setScene(new Scene(view, 600, 300));
            s.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void paragraphsAndListItemsBecomeTextFlowsWithStyledSpans() {
        assertThat(view.getChildren()).hasSize(5).allMatch(TextFlow.class::isInstance);
        assertThat(view.plainText()).isEqualTo("The token is a1b2c3d4, see RFC 8684.\n\u2022  first\n\u2022  second\n"
                + "1.  one\n2.  two");
        TextFlow first = (TextFlow) view.getChildren().get(0);
        assertThat(first.getChildren()).filteredOn(n -> n instanceof Text t && t.getText().equals("token"))
                .singleElement().satisfies(n -> assertThat(n.getStyleClass()).contains("lesson-bold"));
        assertThat(first.getChildren()).filteredOn(n -> n instanceof Text t && t.getText().equals("a1b2c3d4"))
                .singleElement().satisfies(n -> assertThat(n.getStyleClass()).contains("lesson-code"));
    }

    @Test
    void clickingALinkAsksAboutThatUrlBeforeOpeningIt() {
        Hyperlink link = robot.lookup(".lesson-link").queryAs(Hyperlink.class);

        robot.clickOn(link);

        assertThat(asked).containsExactly("https://www.rfc-editor.org/rfc/rfc8684");
        assertThat(opened).containsExactly("https://www.rfc-editor.org/rfc/rfc8684");
    }

    @Test
    void textOutsideTheSubsetIsShownPlainNeverInterpreted() {
        robot.interact(() -> view.setText("<script>alert(1)</script> [x](javascript:alert(1))"));

        assertThat(view.lookupAll(".lesson-link")).isEmpty();
        assertThat(view.plainText()).isEqualTo("<script>alert(1)</script> [x](javascript:alert(1))");
    }
}
