package org.mptcplab.engine.security;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.mptcplab.engine.lb.MptcpPeek;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.wire.Ipv6Address;

/**
 * Firewall matches on MPTCP fields (RFC 8684 §3.2), to combine with the address, port and flag
 * matches of {@link PacketMatch} ({@code to}, {@code toPrefix}, {@code toPort}, {@code hasFlags},
 * {@code hasMptcpSubtype}).
 */
public final class FirewallMatches {
    private FirewallMatches() {}

    /** A SYN without ACK carrying MP_JOIN: the opening of an additional subflow. */
    public static PacketMatch joinSyn() {
        return PacketMatch.named("SYN+MP_JOIN", p -> MptcpPeek.joinToken(p).isPresent());
    }

    /**
     * A SYN + MP_JOIN whose receiver token {@code knownToken} accepts. The predicate comes from whoever
     * builds the host (the MPTCP stack knows its live tokens), so this package needs no stack.
     */
    public static PacketMatch joinWithKnownToken(IntPredicate knownToken) {
        Objects.requireNonNull(knownToken, "knownToken");
        return PacketMatch.named("SYN+MP_JOIN with a known token", p -> {
            OptionalInt token = MptcpPeek.joinToken(p);
            return token.isPresent() && knownToken.test(token.getAsInt());
        });
    }

    /**
     * A SYN + MP_JOIN to a per-client address of {@code addresses} that was derived for this very
     * source address and for the token the JOIN carries.
     */
    public static PacketMatch perClientJoin(PerClientAddress addresses) {
        Objects.requireNonNull(addresses, "addresses");
        return PacketMatch.named("SYN+MP_JOIN to the per-client address of its source and token in "
                + addresses.prefix(), p -> {
                    OptionalInt token = MptcpPeek.joinToken(p);
                    return token.isPresent() && p.dst() instanceof Ipv6Address dst
                            && addresses.verify(dst, p.src(), token.getAsInt());
                });
    }
}
