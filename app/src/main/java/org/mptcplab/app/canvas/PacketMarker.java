package org.mptcplab.app.canvas;

import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.playback.PacketHop;

/**
 * One marker on the canvas: a packet moving along a link, or the train of packets still queued at
 * a sender (drawn once, with a count, so bursts stay readable).
 *
 * @param hop      the packet (the oldest one for a train)
 * @param position centre on the canvas
 * @param count    packets it stands for
 */
public record PacketMarker(PacketHop hop, Pt position, int count) {

    /** "SYN", or "data ×8" for a train. */
    public String label() {
        return count > 1 ? hop.kind().label() + " ×" + count : hop.kind().label();
    }
}
