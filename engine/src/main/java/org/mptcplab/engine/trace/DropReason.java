package org.mptcplab.engine.trace;

/** Why a packet did not go on. */
public enum DropReason {
    /** The transmit queue was full (drop-tail). */
    QUEUE_FULL,
    /** The link's random loss model chose it. */
    RANDOM_LOSS,
    /** A scripted fault ("drop the n-th packet matching X") chose it. */
    SCRIPTED,
    /** The link or interface was down. */
    LINK_DOWN,
    /** No route to the destination. */
    NO_ROUTE,
    /** TTL or hop limit reached zero. */
    TTL_EXPIRED,
    /** A firewall rule refused it. */
    FIREWALL,
    /** Not addressed to this host and the host does not forward. */
    NOT_FOR_US,
    /** A load balancer had no backend for it. */
    NO_BACKEND
}
