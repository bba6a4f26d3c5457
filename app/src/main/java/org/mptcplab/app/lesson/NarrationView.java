package org.mptcplab.app.lesson;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.mptcplab.lessons.load.Narration;

/**
 * Narration and feedback rendered as JavaFX text nodes (never a WebView): one {@link TextFlow} per
 * paragraph or list item, styled spans, and links as {@link Hyperlink}s that go through
 * {@link LinkPolicy}. Text outside the subset (it cannot come from a loaded lesson) shows as plain text.
 */
public final class NarrationView extends VBox {
    private final Consumer<String> onLink;

    /** An empty view whose links call {@code onLink} with their URL. */
    public NarrationView(Consumer<String> onLink) {
        this.onLink = onLink;
        getStyleClass().add("lesson-narration");
        setSpacing(8);
        setFillWidth(true);
    }

    /** Shows {@code markdown} (the narration subset); empty text clears the view. */
    public void setText(String markdown) {
        getChildren().clear();
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        List<Narration.Block> blocks;
        try {
            blocks = Narration.parse(markdown);
        } catch (IllegalArgumentException e) {
            Label plain = new Label(markdown);
            plain.setWrapText(true);
            getChildren().add(plain);
            return;
        }
        for (Narration.Block b : blocks) {
            int n = 1;
            for (List<Narration.Span> item : b.items()) {
                String prefix = switch (b.kind()) {
                    case BULLETS -> "\u2022  ";
                    case NUMBERED -> n++ + ".  ";
                    default -> "";
                };
                getChildren().add(flow(prefix, item));
            }
        }
    }

    /** All text shown, links included, without styling (tests and accessibility). */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Node n : getChildren()) {
            if (n instanceof TextFlow f) {
                f.getChildren().forEach(c -> out.append(c instanceof Text t ? t.getText()
                        : c instanceof Hyperlink h ? h.getText() : ""));
                out.append('\n');
            } else if (n instanceof Label l) {
                out.append(l.getText()).append('\n');
            }
        }
        return out.toString().strip();
    }

    private TextFlow flow(String prefix, List<Narration.Span> spans) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-text");
        if (!prefix.isEmpty()) {
            flow.getChildren().add(text(prefix, "lesson-bullet"));
            flow.getStyleClass().add("lesson-list-item");
        }
        for (Narration.Span s : spans) {
            flow.getChildren().add(switch (s.style()) {
                case BOLD -> text(s.text(), "lesson-bold");
                case ITALIC -> text(s.text(), "lesson-italic");
                case CODE -> text(s.text(), "lesson-code");
                case LINK -> link(s);
                default -> text(s.text(), "lesson-plain");
            });
        }
        return flow;
    }

    private Node link(Narration.Span s) {
        Hyperlink link = new Hyperlink(s.text());
        link.getStyleClass().add("lesson-link");
        link.setOnAction(e -> onLink.accept(s.href()));
        return link;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("lesson-span", style);
        return t;
    }
}
