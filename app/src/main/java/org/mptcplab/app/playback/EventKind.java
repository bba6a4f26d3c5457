package org.mptcplab.app.playback;

/**
 * What a trace event is, as the views colour and filter it. Packet kinds come first and follow the
 * legend order; the rest classify non-packet events.
 */
public enum EventKind {
    SYN("SYN"), SYN_ACK("SYN/ACK"), MP_JOIN("MP_JOIN"), ADD_ADDR("ADD_ADDR"), DSS_DATA("DSS data"), DATA("data"),
    ACK("ACK"), FIN("FIN"), RST("RST"), DROP("drop"), HASH("hash decision"), CONNECTION("connection"),
    SUBFLOW("subflow"), ROUTE("route"), APP("app"), OTHER("other");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** Text for tables and legends. */
    public String label() {
        return label;
    }

    /** True for the kinds a packet on a link can have (the canvas palette). */
    public boolean isPacket() {
        return ordinal() <= DROP.ordinal();
    }
}
