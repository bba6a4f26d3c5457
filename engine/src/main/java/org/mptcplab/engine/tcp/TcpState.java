package org.mptcplab.engine.tcp;

/** Connection states of RFC 9293 §3.3.2 (LISTEN lives in {@link TcpStack}, not in a connection). */
public enum TcpState {
    CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK,
    TIME_WAIT;

    /** True in the states where both sides' sequence numbers are known (RFC 9293 "synchronized"). */
    public boolean synchronizedState() {
        return this != CLOSED && this != LISTEN && this != SYN_SENT && this != SYN_RECEIVED;
    }

    /** True where this side may still receive data (RFC 9293 §3.10.7.4, seventh step). */
    public boolean receivesData() {
        return this == ESTABLISHED || this == FIN_WAIT_1 || this == FIN_WAIT_2;
    }

    /** True once our FIN is queued or sent. */
    public boolean localClosed() {
        return this == FIN_WAIT_1 || this == FIN_WAIT_2 || this == CLOSING || this == LAST_ACK || this == TIME_WAIT;
    }
}
