package org.mptcplab.app.compare;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The outcome badges of one side: subflows established and refused, RSTs, goodput. */
final class BadgesBar extends HBox {
    private final Label established = badge("established");
    private final Label refused = badge("refused");
    private final Label rsts = badge("rsts");
    private final Label goodput = badge("goodput");
    private final String side;

    BadgesBar(String side) {
        super(8);
        this.side = side;
        setId("badges-" + side);
        getStyleClass().add("compare-badges");
        for (Label l : new Label[] {established, refused, rsts, goodput}) {
            l.setId("badge-" + side + "-" + l.getId());
            getChildren().add(l);
        }
        goodput.setTooltip(new Tooltip("New payload bytes the clients received, over the time from the first "
                + "application start to the last delivery (a simplification of per-connection goodput)"));
    }

    void show(Badges b) {
        established.setText("✔ " + b.subflowsEstablished() + " subflow" + (b.subflowsEstablished() == 1 ? "" : "s")
                + " established");
        refused.setText("✘ " + b.subflowsRefused() + " refused");
        rsts.setText("RST × " + b.rsts());
        goodput.setText(String.format(Locale.ROOT, "%.1f Mbit/s", b.goodputBitsPerSecond() / 1e6));
        tone(refused, b.subflowsRefused() > 0);
        tone(rsts, b.rsts() > 0);
    }

    private static void tone(Label l, boolean bad) {
        l.setStyle(style(bad ? "#fde0dc" : "#e3f4e1", bad ? "#b71c1c" : "#1b5e20"));
    }

    private static Label badge(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("compare-badge");
        l.setStyle(style("#e8eaf6", "#1a237e"));
        return l;
    }

    private static String style(String background, String text) {
        return "-fx-background-color: " + background + "; -fx-text-fill: " + text + "; -fx-padding: 3 8 3 8;"
                + " -fx-background-radius: 10; -fx-font-size: 14px; -fx-font-weight: bold;";
    }

    @Override
    public String toString() {
        return "BadgesBar[" + side + "]";
    }
}
