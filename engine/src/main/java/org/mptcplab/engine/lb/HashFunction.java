package org.mptcplab.engine.lb;

import java.util.List;

/**
 * A documented 32-bit hash over a byte string, simple enough that a student can recompute it.
 * Implementations are stateless and deterministic.
 */
public interface HashFunction {

    /** Names accepted by {@link #named(String)}, in display order. */
    List<String> NAMES = List.of(Crc32.NAME, Jenkins.NAME, Toeplitz.NAME);

    /** Short lower-case name shown in traces, e.g. "crc32". */
    String name();

    /** The hash of {@code input}: an unsigned 32-bit value in the low bits of a long. */
    long hash(byte[] input);

    /** Longest input this function accepts, in bytes (Toeplitz is limited by its key length). */
    default int maxInputLength() {
        return Integer.MAX_VALUE;
    }

    /**
     * The function with this name ("crc32", "jenkins" or "toeplitz" with the default RSS key).
     *
     * @throws IllegalArgumentException for any other name
     */
    static HashFunction named(String name) {
        if (Crc32.NAME.equals(name)) {
            return new Crc32();
        }
        if (Jenkins.NAME.equals(name)) {
            return new Jenkins();
        }
        if (Toeplitz.NAME.equals(name)) {
            return Toeplitz.withDefaultKey();
        }
        throw new IllegalArgumentException("unknown hash function '" + name + "', expected one of " + NAMES);
    }
}
