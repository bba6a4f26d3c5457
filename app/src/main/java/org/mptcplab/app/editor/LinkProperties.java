package org.mptcplab.app.editor;

import java.util.List;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.Units;

/**
 * The editable properties of a link: rate, delay, loss and queue. The sheet shows the a-to-b
 * direction and an edit sets both directions, as the scenario format's shorthand does.
 */
final class LinkProperties {
    static final String CATEGORY = "Link (both directions)";

    private LinkProperties() {
    }

    static List<EditorProperty> of(LinkSpec l) {
        LinkParams p = l.ab();
        return List.of(
                EditorProperty.text("rate", CATEGORY, "Rate", Units.formatRate(p.rate()),
                        "Bit rate, e.g. 10Mbps or 1Gbps."),
                EditorProperty.text("delay", CATEGORY, "Delay", Units.formatDuration(p.delay()),
                        "One-way propagation delay, e.g. 5ms or 100us."),
                EditorProperty.text("loss", CATEGORY, "Loss", Double.toString(p.loss()),
                        "Random loss probability per packet, 0 to 1 (e.g. 0.01 for 1%)."),
                EditorProperty.text("queue", CATEGORY, "Queue (packets)", Integer.toString(p.queuePackets()),
                        "Drop-tail queue capacity in packets."));
    }

    /**
     * {@code l} with property {@code key} set to {@code text}.
     *
     * @throws IllegalArgumentException with a user-facing message when the text is not a valid value
     */
    static LinkSpec apply(LinkSpec l, String key, String text) {
        return switch (key) {
            case "rate" -> {
                long rate = Units.rate(text);
                yield ScenarioEdits.withBothDirections(l, p -> new LinkParams(rate, p.delay(), p.loss(),
                        p.queuePackets(), p.queueBytes(), p.framing()));
            }
            case "delay" -> {
                long delay = Units.duration(text);
                yield ScenarioEdits.withBothDirections(l, p -> new LinkParams(p.rate(), delay, p.loss(),
                        p.queuePackets(), p.queueBytes(), p.framing()));
            }
            case "loss" -> {
                double loss = parseLoss(text);
                yield ScenarioEdits.withBothDirections(l, p -> ScenarioEdits.withLoss(p, loss));
            }
            case "queue" -> {
                int queue = NodeProperties.parseInt(text, "queue capacity");
                yield ScenarioEdits.withBothDirections(l, p -> new LinkParams(p.rate(), p.delay(), p.loss(),
                        queue, p.queueBytes(), p.framing()));
            }
            default -> throw new IllegalArgumentException("links have no property " + key);
        };
    }

    static double parseLoss(String text) {
        double loss;
        try {
            loss = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("loss \"" + text + "\" is not a number (expected 0 to 1)");
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be between 0 and 1, got " + text.strip());
        }
        return loss;
    }
}
