package org.mptcplab.engine.experiment;

/**
 * A scheduled change of the anycast ECMP pool.
 *
 * @param time      when the server acts (the router follows after the convergence delay), ns
 * @param server    server name, e.g. "s1"
 * @param withdrawn true for a withdrawal, false for a re-announcement
 */
public record RouteEvent(long time, String server, boolean withdrawn) {}
