package org.mptcplab.app.export;

/** How much an arrow label says. */
public enum LabelDetail {
    /** The segment kind only: "SYN", "MP_JOIN", "DSS". */
    SHORT,
    /** The kind and its MPTCP options with their flags: "SYN/ACK + MP_CAPABLE C". */
    OPTIONS,
    /** Options with their values: data sequence numbers, lengths, addresses. */
    VALUES
}
