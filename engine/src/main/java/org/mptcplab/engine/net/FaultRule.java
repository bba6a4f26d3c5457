package org.mptcplab.engine.net;

import java.util.Objects;
import org.mptcplab.engine.wire.Packet;

/**
 * A scripted loss, attached to a {@link LinkDirection} (checked at the receiving end) or to one side
 * of a {@link NetInterface}. Packets it drops are reported with {@code DropReason.SCRIPTED}.
 *
 * <p>Rules keep state (how many matching packets they have seen), so each run needs fresh rule
 * objects, and one rule object belongs at one point only. Kinds:
 * <ul>
 *   <li>{@link #dropNth}: drop the n-th matching packet (1-based), e.g. "lose the first ADD_ADDR";</li>
 *   <li>{@link #dropBurst}: drop k consecutive matching packets starting at the n-th;</li>
 *   <li>{@link #dropBetween}: drop every (matching) packet in a time window, i.e. a link flap.</li>
 * </ul>
 */
public abstract sealed class FaultRule permits CountedFault, TimeWindowFault {
    private final PacketMatch match;
    private long dropped;

    FaultRule(PacketMatch match) {
        this.match = Objects.requireNonNull(match, "match");
    }

    /** Drops the {@code n}-th packet (1-based) that satisfies {@code match}. */
    public static FaultRule dropNth(PacketMatch match, long n) {
        return new CountedFault(match, n, 1);
    }

    /** Drops {@code count} consecutive matching packets, the first being the {@code first}-th (1-based). */
    public static FaultRule dropBurst(PacketMatch match, long first, long count) {
        return new CountedFault(match, first, count);
    }

    /** Drops every packet seen at or after {@code fromNanos} and before {@code untilNanos}. */
    public static FaultRule dropBetween(long fromNanos, long untilNanos) {
        return new TimeWindowFault(PacketMatch.any(), fromNanos, untilNanos);
    }

    /** Drops every matching packet seen at or after {@code fromNanos} and before {@code untilNanos}. */
    public static FaultRule dropBetween(long fromNanos, long untilNanos, PacketMatch match) {
        return new TimeWindowFault(match, fromNanos, untilNanos);
    }

    /** Which packets the rule considers. */
    public PacketMatch match() {
        return match;
    }

    /** Packets this rule has dropped so far. */
    public long dropped() {
        return dropped;
    }

    /** Human-readable summary for inspectors and logs. */
    public abstract String description();

    /** Decides for one packet seen at time {@code now}, updating the rule's counts. */
    final boolean drops(Packet packet, long now) {
        if (decide(packet, now)) {
            dropped++;
            return true;
        }
        return false;
    }

    abstract boolean decide(Packet packet, long now);

    @Override
    public String toString() {
        return description();
    }
}
