package org.mptcplab.engine.mptcp;

/** Congestion control across the subflows of one connection. */
public enum Coupling {
    /** Each subflow runs the stack's own policy (NewReno, CUBIC) as if it were a TCP connection. */
    UNCOUPLED,
    /** Linked Increases Algorithm, RFC 6356: together no more aggressive than one TCP on the best path. */
    LIA
}
