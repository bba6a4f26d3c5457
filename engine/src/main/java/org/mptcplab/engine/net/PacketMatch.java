package org.mptcplab.engine.net;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;

/**
 * A predicate over packets, used by {@link FaultRule}s ("drop the 2nd packet carrying ADD_ADDR").
 * The factories return matches whose {@code toString()} reads like the rule, for inspectors.
 */
@FunctionalInterface
public interface PacketMatch {

    /** True when the packet matches. */
    boolean test(Packet packet);

    /** Both this and {@code other}. */
    default PacketMatch and(PacketMatch other) {
        Objects.requireNonNull(other, "other");
        return new NamedMatch("(" + this + " and " + other + ")", p -> test(p) && other.test(p));
    }

    /** Either this or {@code other}. */
    default PacketMatch or(PacketMatch other) {
        Objects.requireNonNull(other, "other");
        return new NamedMatch("(" + this + " or " + other + ")", p -> test(p) || other.test(p));
    }

    /** The opposite of this. */
    default PacketMatch negate() {
        return new NamedMatch("not " + this, p -> !test(p));
    }

    /** {@code predicate}, printing as {@code description} (how the rule reads) instead of a lambda's class name. */
    static PacketMatch named(String description, PacketMatch predicate) {
        return new NamedMatch(Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(predicate, "predicate"));
    }

    /** Every packet. */
    static PacketMatch any() {
        return new NamedMatch("any packet", p -> true);
    }

    /** Packets with every TCP flag bit of {@code flags} set (others may be set too). */
    static PacketMatch hasFlags(int flags) {
        return new NamedMatch("flags " + TcpFlags.toString(flags), p -> p.hasFlag(flags));
    }

    /** A SYN without ACK: the first segment of a handshake (including an MP_JOIN SYN). */
    static PacketMatch synOnly() {
        return new NamedMatch("SYN without ACK", p -> TcpFlags.isSynOnly(p.tcp().flags()));
    }

    /** Packets carrying at least one option of class {@code type} (or a subtype of it). */
    static PacketMatch hasOption(Class<? extends TcpOption> type) {
        Objects.requireNonNull(type, "type");
        return new NamedMatch("option " + type.getSimpleName(), p -> {
            for (TcpOption o : p.tcp().options()) {
                if (type.isInstance(o)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Packets carrying an MPTCP option of {@code subtype} ({@code MptcpConstants.SUBTYPE_*}, RFC 8684
     * §3), whatever its handshake form: subtype 1 matches the MP_JOIN SYN, SYN/ACK and ACK.
     */
    static PacketMatch hasMptcpSubtype(int subtype) {
        return new NamedMatch("MPTCP subtype " + subtype, p -> {
            for (TcpOption o : p.tcp().options()) {
                if (o instanceof MptcpOption m && m.subtype() == subtype) {
                    return true;
                }
            }
            return false;
        });
    }

    /** IP source address equal to {@code address}. */
    static PacketMatch from(IpAddress address) {
        Objects.requireNonNull(address, "address");
        return new NamedMatch("from " + address, p -> address.equals(p.src()));
    }

    /** IP destination address equal to {@code address}. */
    static PacketMatch to(IpAddress address) {
        Objects.requireNonNull(address, "address");
        return new NamedMatch("to " + address, p -> address.equals(p.dst()));
    }

    /** IP source inside {@code prefix}. */
    static PacketMatch fromPrefix(IpPrefix prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new NamedMatch("from " + prefix, p -> prefix.contains(p.src()));
    }

    /** IP destination inside {@code prefix}. */
    static PacketMatch toPrefix(IpPrefix prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new NamedMatch("to " + prefix, p -> prefix.contains(p.dst()));
    }

    /** TCP destination port equal to {@code port}. */
    static PacketMatch toPort(int port) {
        return new NamedMatch("to port " + port, p -> p.dstPort() == port);
    }

    /** TCP source port equal to {@code port}. */
    static PacketMatch fromPort(int port) {
        return new NamedMatch("from port " + port, p -> p.srcPort() == port);
    }

    /** Segments with at least one payload byte. */
    static PacketMatch hasPayload() {
        return new NamedMatch("with payload", p -> p.payloadLength() > 0);
    }
}
