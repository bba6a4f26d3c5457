package org.mptcplab.lessons.model;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The small set of overrides a step may apply to its built-in scenario. Absent values leave the
 * scenario as it is.
 *
 * @param seed           run seed
 * @param sourcePort     source port of the client's initial subflow (first bulk transfer)
 * @param joinSourcePort source port of the client's first MP_JOIN (first bulk transfer)
 * @param cFlag          servers set flag C in MP_CAPABLE (RFC 8684 section 3.1), i.e. refuse joins
 *                       to the load-balanced address; null leaves the scenario's choice
 * @param hashFunction   hash function of every load balancer ("crc32", "jenkins", "toeplitz"), or null
 */
public record Variant(OptionalLong seed, OptionalInt sourcePort, OptionalInt joinSourcePort, Boolean cFlag,
        String hashFunction) {

    /** No override at all. */
    public static final Variant NONE = new Variant(OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(),
            null, null);

    /** This variant with the initial subflow's source port set. */
    public Variant withSourcePort(int port) {
        return new Variant(seed, OptionalInt.of(port), joinSourcePort, cFlag, hashFunction);
    }

    /** This variant with the MP_JOIN source port set. */
    public Variant withJoinSourcePort(int port) {
        return new Variant(seed, sourcePort, OptionalInt.of(port), cFlag, hashFunction);
    }

    /** This variant with another seed. */
    public Variant withSeed(long s) {
        return new Variant(OptionalLong.of(s), sourcePort, joinSourcePort, cFlag, hashFunction);
    }
}
