package org.mptcplab.engine.scenario;

/** MPTCP option subtypes a packet match may name (RFC 8684 §3). */
public enum OptionKind implements Identified {
    /** Subtype 0. */
    MP_CAPABLE("MP_CAPABLE"),
    /** Subtype 1 (SYN, SYN/ACK and ACK forms). */
    MP_JOIN("MP_JOIN"),
    /** Subtype 2. */
    DSS("DSS"),
    /** Subtype 3, announcement or echo. */
    ADD_ADDR("ADD_ADDR"),
    /** Subtype 4. */
    REMOVE_ADDR("REMOVE_ADDR"),
    /** Subtype 5. */
    MP_PRIO("MP_PRIO"),
    /** Subtype 6. */
    MP_FAIL("MP_FAIL"),
    /** Subtype 7. */
    MP_FASTCLOSE("MP_FASTCLOSE"),
    /** Subtype 8. */
    MP_TCPRST("MP_TCPRST");

    private final String id;

    OptionKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The 4-bit subtype on the wire; constants are declared in subtype order. */
    public int subtype() {
        return ordinal();
    }
}
