package org.mptcplab.lessons.model;

/** Fields a step can highlight in the packet inspector or the hash-decision inspector. */
public enum PacketField implements Worded {
    IP_SRC("ip.src"),
    IP_DST("ip.dst"),
    TCP_SRC_PORT("tcp.srcPort"),
    TCP_DST_PORT("tcp.dstPort"),
    TCP_FLAGS("tcp.flags"),
    /** The key in MP_CAPABLE (RFC 8684 section 3.1). */
    MPTCP_KEY("mptcp.key"),
    /** Flag C of MP_CAPABLE. */
    MPTCP_C_FLAG("mptcp.flags.C"),
    /** The receiver's token in an MP_JOIN SYN (RFC 8684 section 3.2). */
    MPTCP_TOKEN("mptcp.token"),
    /** The truncated HMAC of an MP_JOIN SYN/ACK. */
    MPTCP_JOIN_HMAC("mptcp.join.hmac"),
    /** The address advertised by ADD_ADDR (RFC 8684 section 3.4.1). */
    ADD_ADDR_ADDRESS("mptcp.addaddr.address"),
    /** The echo flag E of ADD_ADDR. */
    ADD_ADDR_ECHO("mptcp.addaddr.echo"),
    /** The bytes a balancer hashed. */
    HASH_INPUT("hash.input"),
    /** The hash output. */
    HASH_VALUE("hash.value"),
    /** The backend or next hop the hash chose. */
    HASH_CHOSEN("hash.chosen");

    private final String word;

    PacketField(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
