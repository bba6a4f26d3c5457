package org.mptcplab.lessons.model;

/**
 * What a question's answer is computed from. The player evaluates it on the engine's run at the
 * step's point; "next" means at or after the cursor event, counts include the cursor event.
 */
public enum Query implements Worded {
    /** The host that receives the next MP_JOIN SYN. */
    BACKEND_OF_NEXT_JOIN("backendOfNextJoin"),
    /** The host that receives the first connection-opening SYN. */
    BACKEND_OF_CONNECTION("backendOfConnection"),
    /** The receiver's token carried by the next MP_JOIN SYN, as 8 hex digits. */
    TOKEN_LOOKED_UP_BY_SERVER("tokenLookedUpByServer"),
    /** The hash value of the first balancer decision about the next MP_JOIN SYN, in hex. */
    HASH_OF_JOIN("hashOfJoin"),
    /** Whether the next MP_JOIN ends "established" or "refused" (at the client). */
    JOIN_OUTCOME("joinOutcome"),
    /** Subflows the client has seen established so far. */
    SUBFLOWS_ESTABLISHED("subflowsEstablished"),
    /** RST segments sent so far. */
    RST_COUNT("rstCount"),
    /** Whether the server's SYN/ACK carries flag C: "yes" or "no". */
    C_FLAG_SET("cFlagSet"),
    /** The server's IDSN, SHA-256 of its key, last 8 bytes (RFC 8684 section 3.1), in hex. */
    SERVER_IDSN("serverIdsn"),
    /** The truncated HMAC in the next MP_JOIN SYN/ACK (RFC 8684 section 3.2), in hex. */
    JOIN_SYNACK_HMAC("joinSynAckHmac"),
    /** The address carried by the first ADD_ADDR. */
    ADD_ADDR_ADDRESS("addAddrAddress"),
    /** ADD_ADDR transmissions so far, retransmissions included. */
    ADD_ADDR_TRANSMISSIONS("addAddrTransmissions");

    private final String word;

    Query(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
