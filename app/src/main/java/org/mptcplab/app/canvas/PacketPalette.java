package org.mptcplab.app.canvas;

import java.util.List;
import javafx.scene.paint.Color;
import org.mptcplab.app.playback.EventKind;

/**
 * Packet colours from the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), which
 * stays distinguishable under the common colour-vision deficiencies; kinds that would share a hue
 * also differ in their label text.
 */
public final class PacketPalette {
    private PacketPalette() {}

    /** The colour of a packet of {@code kind}. */
    public static Color colour(EventKind kind) {
        return switch (kind) {
            case SYN -> Color.web("#0072B2");
            case SYN_ACK -> Color.web("#56B4E9");
            case MP_JOIN -> Color.web("#CC79A7");
            case ADD_ADDR -> Color.web("#E69F00");
            case DSS_DATA -> Color.web("#009E73");
            case DATA -> Color.web("#009E73").darker();
            case ACK -> Color.web("#999999");
            case FIN -> Color.web("#F0E442");
            case RST -> Color.web("#D55E00");
            case DROP -> Color.web("#000000");
            default -> Color.web("#666666");
        };
    }

    /** Kinds shown in the legend, in legend order. */
    public static List<EventKind> legendKinds() {
        return List.of(EventKind.SYN, EventKind.SYN_ACK, EventKind.MP_JOIN, EventKind.ADD_ADDR, EventKind.DSS_DATA,
                EventKind.DATA, EventKind.ACK, EventKind.FIN, EventKind.RST, EventKind.DROP);
    }
}
