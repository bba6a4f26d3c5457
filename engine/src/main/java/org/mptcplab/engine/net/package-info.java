/**
 * The network layer of the simulator: nodes with interfaces and routing tables, point-to-point
 * links with queues, rate, delay and loss, scripted faults, and the two plain node kinds (hosts and
 * routers). Load balancers and ECMP policies plug in from package {@code lb} through the protected
 * extension points of {@link org.mptcplab.engine.net.Node} and
 * {@link org.mptcplab.engine.net.NextHopSelector}.
 *
 * <p>May: move {@link org.mptcplab.engine.wire.Packet} records between nodes by scheduling actions on
 * the {@link org.mptcplab.engine.sim.Simulator}, rewrite IP header fields a router rewrites (TTL),
 * draw loss from named random streams, and publish packet, node and route events when the trace bus
 * has sinks. May not: look inside TCP beyond what forwarding and fault predicates need, keep
 * connection state, read a clock or use unordered collections in decisions. The per-packet path
 * (link queue, serialisation, propagation, delivery) allocates nothing besides what a router must
 * (a new header and packet per hop) and trace records when tracing is on.
 */
package org.mptcplab.engine.net;
