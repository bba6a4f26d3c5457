package org.mptcplab.engine.scenario;

import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Which packets a fault or firewall rule considers. Every criterion given must hold; an empty match
 * takes every packet.
 *
 * @param flagsSet   TCP flag bits that must be set ({@link TcpFlags}), 0 for no requirement
 * @param flagsClear TCP flag bits that must be clear
 * @param option     an MPTCP option the packet must carry, or {@code null}
 * @param from       required source address, or {@code null}
 * @param to         required destination address, or {@code null}
 * @param fromPort   required source port, 0 for any
 * @param toPort     required destination port, 0 for any
 * @param payload    true: only segments with data; false: only segments without; {@code null}: either
 */
public record MatchSpec(int flagsSet, int flagsClear, OptionKind option, IpAddress from, IpAddress to, int fromPort,
        int toPort, Boolean payload) {
    /** Every packet. */
    public static final MatchSpec ANY = new MatchSpec(0, 0, null, null, null, 0, 0, null);

    /** Rejects impossible combinations. */
    public MatchSpec {
        if ((flagsSet & flagsClear) != 0) {
            throw new IllegalArgumentException("a flag cannot be both set and clear: " + TcpFlags.toString(
                    flagsSet & flagsClear));
        }
        if (fromPort < 0 || fromPort > 0xFFFF || toPort < 0 || toPort > 0xFFFF) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** The engine predicate; its text reads like the rule. */
    public PacketMatch toPacketMatch() {
        PacketMatch m = null;
        if (flagsSet != 0) {
            m = and(m, PacketMatch.hasFlags(flagsSet));
        }
        for (int bit = 1; bit <= TcpFlags.MASK; bit <<= 1) {
            if ((flagsClear & bit) != 0) {
                m = and(m, PacketMatch.hasFlags(bit).negate());
            }
        }
        if (option != null) {
            m = and(m, PacketMatch.hasMptcpSubtype(option.subtype()));
        }
        if (from != null) {
            m = and(m, PacketMatch.from(from));
        }
        if (to != null) {
            m = and(m, PacketMatch.to(to));
        }
        if (fromPort != 0) {
            m = and(m, PacketMatch.fromPort(fromPort));
        }
        if (toPort != 0) {
            m = and(m, PacketMatch.toPort(toPort));
        }
        if (payload != null) {
            m = and(m, payload ? PacketMatch.hasPayload() : PacketMatch.hasPayload().negate());
        }
        return m == null ? PacketMatch.any() : m;
    }

    private static PacketMatch and(PacketMatch a, PacketMatch b) {
        return a == null ? b : a.and(b);
    }
}
