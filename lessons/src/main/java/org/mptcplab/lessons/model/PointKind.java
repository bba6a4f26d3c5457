package org.mptcplab.lessons.model;

import java.util.Locale;

/** Kinds of trace event a step can run to ("run to the 2nd MP_JOIN"). */
public enum PointKind {
    /** A host sends a connection-opening SYN (plain TCP or MP_CAPABLE, not MP_JOIN). */
    SYN,
    /** A host sends a SYN carrying MP_JOIN (RFC 8684 section 3.2). */
    MP_JOIN,
    /** A host sends a segment carrying ADD_ADDR without the echo flag (RFC 8684 section 3.4.1). */
    ADD_ADDR,
    /** A host sends a RST. */
    RST,
    /** A load balancer or ECMP router hashes a packet to pick a backend or next hop. */
    HASH_DECISION,
    /** A packet is dropped anywhere. */
    DROP;

    /** The kind spelt {@code word} in a file, case-sensitively, or null. */
    public static PointKind fromWord(String word) {
        for (PointKind k : values()) {
            if (k.name().equals(word)) {
                return k;
            }
        }
        return null;
    }

    /** "MP_JOIN" as a reader sees it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).equals("hash_decision") ? "hash decision" : name();
    }
}
