/**
 * Applications that drive the transports: bulk transfers in either direction
 * ({@link org.mptcplab.engine.apps.BulkSender}, {@link org.mptcplab.engine.apps.BulkReceiver}),
 * request/response ({@link org.mptcplab.engine.apps.RequestResponse}) and a client that reconnects
 * after a reset ({@link org.mptcplab.engine.apps.ReconnectingClient}). Each verifies the byte stream
 * it receives and reports a {@link org.mptcplab.engine.apps.TransferReport}.
 *
 * <p>May: use {@link org.mptcplab.engine.tcp.StreamTransport} and
 * {@link org.mptcplab.engine.tcp.StreamSocket} only (so the same application runs over TCP and MPTCP),
 * schedule their own timers, publish {@code AppEvent}s when tracing is on. May not: touch TCP or MPTCP
 * internals, packets or the network.
 */
package org.mptcplab.engine.apps;
