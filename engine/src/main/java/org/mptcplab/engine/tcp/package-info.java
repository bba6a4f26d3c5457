/**
 * TCP (RFC 9293) on the event kernel: {@link org.mptcplab.engine.tcp.TcpStack} per host,
 * {@link org.mptcplab.engine.tcp.TcpConnection} per connection, split into a state machine
 * ({@code SegmentArrival}), a sender ({@code TcpSender}, {@code Scoreboard}, {@code LossRecovery},
 * {@code SendBuffer}), a receiver ({@code TcpReceiver}), the RTO estimator
 * ({@link org.mptcplab.engine.tcp.RttEstimator}) and pluggable
 * {@link org.mptcplab.engine.tcp.CongestionControl} ({@link org.mptcplab.engine.tcp.NewReno},
 * {@link org.mptcplab.engine.tcp.Cubic}). Also the application-facing socket abstraction
 * ({@link org.mptcplab.engine.tcp.StreamSocket}, {@link org.mptcplab.engine.tcp.StreamTransport})
 * shared with MPTCP, and the virtual payload model ({@link org.mptcplab.engine.tcp.StreamPayload},
 * {@link org.mptcplab.engine.tcp.StreamVerifier}).
 *
 * <p>May: build packets from {@code wire} records, hand them to its
 * {@link org.mptcplab.engine.net.IpEndpoint}, schedule timers on the simulator, draw from named random
 * streams, publish {@code ConnectionEvent} and {@code CongestionEvent} (only when the trace bus is
 * enabled). May not: know about links, routers, load balancers, MPTCP or the GUI; trace packets (the
 * host does that); read a clock or keep static mutable state.
 *
 * <h2>Behaviour worth knowing</h2>
 * <ul>
 *   <li>Options: MSS, SACK-permitted, timestamps and window scale offered on SYN and used only when both
 *       ends agree; Linux's option layout; 40-byte option space shared extension-first.</li>
 *   <li>ACKs: delayed ACK every {@code delayedAckCount} segments or after {@code delayedAckTimeout}
 *       (ns-3: 2 and 200 ms); immediate ACK for out-of-order, duplicate and gap-filling segments, with
 *       SACK blocks most recent first (RFC 2018 §4).</li>
 *   <li>Loss: RFC 6298 RTO with Karn's rule and exponential backoff, abort after {@code dataRetries};
 *       fast retransmit on 3 duplicate ACKs or RFC 6675 IsLost; PRR (RFC 6937) window during recovery;
 *       NewReno partial ACKs (RFC 6582) without SACK; limited transmit (RFC 3042).</li>
 *   <li>RTT samples come from the simulator's exact send times of never-retransmitted segments (the
 *       oldest newly acknowledged one), not from the 1 ms timestamp clock.</li>
 *   <li>RSTs: RFC 9293 §3.10.7.1 for segments without a connection; RFC 5961 challenge ACKs for RSTs
 *       and SYNs in the window but not at RCV.NXT.</li>
 *   <li>TIME_WAIT is timer-free (see {@link org.mptcplab.engine.tcp.TcpStack}).</li>
 * </ul>
 *
 * <h2>Hooks for MPTCP</h2>
 * <ol type="a">
 *   <li>Options on outgoing segments: {@link org.mptcplab.engine.tcp.TcpExtension#addOptions} is called
 *       for every SYN, SYN/ACK, ACK, data and FIN segment with an
 *       {@link org.mptcplab.engine.tcp.OutgoingSegment}; RSTs carry the options given to
 *       {@link org.mptcplab.engine.tcp.TcpConnection#abort(java.util.List, String)}.</li>
 *   <li>Incoming inspection and veto: {@link org.mptcplab.engine.tcp.TcpExtension#onSegment} sees each
 *       segment first (including the SYN of a passive open) and may drop it or abort with options.</li>
 *   <li>Life cycle: {@code onAttach}, {@code onEstablished}, {@code onClosed}, {@code onReset}.</li>
 *   <li>Receive side: in-order subflow data reaches the connection's
 *       {@link org.mptcplab.engine.tcp.SocketListener#onData} with its subflow data offset (relative
 *       subflow sequence number minus 1); DSS mappings are read from the same segments in
 *       {@code onSegment}.</li>
 *   <li>Send side: {@link org.mptcplab.engine.tcp.TcpConnection#pushChunk} queues a chunk with a tag;
 *       segments never straddle chunks and report the tag and offset in the chunk;
 *       {@link org.mptcplab.engine.tcp.TcpExtension#dataOptionBytes} shrinks segments to leave room for
 *       the DSS option; {@code onAcked} and {@code onSendSpace} invite the scheduler to push more.</li>
 *   <li>Scheduler inputs: {@code srtt()}, {@code cwnd()}, {@code bytesInFlight()}, {@code sendSpace()},
 *       {@code unsentBytes()}, {@code mss()} on {@link org.mptcplab.engine.tcp.TcpConnection}.</li>
 *   <li>Coupled congestion control: {@link org.mptcplab.engine.tcp.TcpConnection#setCongestionControl}
 *       with a subclass of {@link org.mptcplab.engine.tcp.NewReno} overriding its increase.</li>
 *   <li>Connection requests: {@link org.mptcplab.engine.tcp.TcpStack#setSynInterceptor} returns a
 *       {@link org.mptcplab.engine.tcp.SynVerdict} (pass, accept with an extension even without a
 *       listener, refuse with RST options, drop) for every SYN that matches no connection.</li>
 * </ol>
 */
package org.mptcplab.engine.tcp;
