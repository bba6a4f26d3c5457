package org.mptcplab.app.compare;

/**
 * Outcome of one side at the end of its run, shown as badges under the side.
 *
 * @param subflowsEstablished    MPTCP subflows (and plain TCP connections) the clients saw established
 * @param subflowsRefused        subflows refused or answered with RST before being established
 * @param rsts                   RST segments sent by any node
 * @param goodputBitsPerSecond   application bytes delivered, over the delivery period, bit/s
 */
public record Badges(int subflowsEstablished, int subflowsRefused, int rsts, double goodputBitsPerSecond) {
}
