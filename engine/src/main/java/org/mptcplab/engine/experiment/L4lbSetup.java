package org.mptcplab.engine.experiment;

import java.util.List;
import java.util.Locale;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;

/**
 * Fixed parameters of the L4LB experiment: what the talk leaves open. Topology (names and addresses
 * follow the catalogue's conventions):
 * <pre>
 *   client 10.0.0.1 (+10.0.0.2) --core-- r --core, LB path: +latency, loss--> lb --server link-- s1..s3 (DSR, VIP 1.2.3.4 on loopback)
 *                                        r --server link (direct path, clean)----------------- s1..s3 (5.6.7.2, 8.9.10.2, 11.12.13.2)
 * </pre>
 * The client uploads {@link #sizeBytes} to port 5001 on the VIP. The loss and the added latency act on
 * the {@code r -> lb} direction only: with DSR the servers answer straight through {@code r}.
 *
 * @param sizeBytes        bytes uploaded
 * @param coreRate         client-r and r-lb rate, bit/s
 * @param serverRate       rate of every server link (lb-s and r-s), bit/s
 * @param clientDelay      one-way delay client-r, ns
 * @param lbDelay          one-way base delay r-lb, ns (the added latency comes on top)
 * @param lbServerDelay    one-way delay lb-s, ns
 * @param directDelay      one-way delay r-s (the direct path), ns
 * @param queuePackets     drop-tail queue of every link direction, packets
 * @param tcp              TCP settings of every host
 * @param timeLimit        simulated time after which an unfinished transfer is reported as such, ns
 */
public record L4lbSetup(long sizeBytes, long coreRate, long serverRate, long clientDelay, long lbDelay,
        long lbServerDelay, long directDelay, int queuePackets, TcpConfig tcp, long timeLimit) {

    /** Port the servers listen on (iperf's). */
    public static final int PORT = 5001;
    /** Number of backends behind the balancer. */
    public static final int SERVERS = 3;

    /** The documented defaults (see {@link #assumptions()}). */
    public static L4lbSetup defaults() {
        return new L4lbSetup(10_000_000L, 10_000_000_000L, 1_000_000_000L, Time.micros(250), Time.micros(1_100),
                Time.micros(100), Time.micros(900), 1000, TcpConfig.defaults(), Time.seconds(120));
    }

    /** Base round trip through the balancer (client to server via lb, back directly), ns. */
    public long lbPathRtt() {
        return 2 * clientDelay + lbDelay + lbServerDelay + directDelay;
    }

    /** Base round trip of the direct path (client to server's unique address and back), ns. */
    public long directRtt() {
        return 2 * (clientDelay + directDelay);
    }

    /** The assumptions behind these values, for the report. */
    public List<Assumption> assumptions() {
        return List.of(
                new Assumption("transfer", String.format(Locale.ROOT, "%d bytes uploaded client -> VIP:%d", sizeBytes, PORT),
                        "talk: 10MB; decimal MB; upload so the data crosses the LB path (with DSR a download's data would not)"),
                new Assumption("links", Time.format(clientDelay) + " client-r, " + Time.format(lbDelay) + " r-lb, "
                        + Time.format(lbServerDelay) + " lb-s, " + Time.format(directDelay) + " r-s (one way); core "
                        + coreRate / 1_000_000_000L + " Gbit/s, server links " + serverRate / 1_000_000 + " Mbit/s",
                        "talk: 1 Gbps server links, 10 Gbps core; delays not stated"),
                new Assumption("direct-path RTT", Time.format(directRtt()),
                        "sets how close a 10 MB transfer with slow start gets to the 1 Gbit/s line rate (paper: 803 Mbit/s)"),
                new Assumption("LB-path base RTT", Time.format(lbPathRtt()),
                        "client -> r -> lb -> server, back directly (DSR); the added latency comes on top"),
                new Assumption("LB path impairments", "random loss and added latency on r -> lb only",
                        "the LB path is one-way with DSR"),
                new Assumption("queues", queuePackets + " packets drop-tail on every link", "Linux txqueuelen 1000"),
                new Assumption("TCP", "NewReno, SACK, PRR, IW 10, delayed ACK 2, min RTO "
                        + Time.format(tcp.minRto()) + ", 64 MiB buffers", "engine defaults (Linux-like; ns-3 delayed ACK)"),
                new Assumption("backends", SERVERS + " servers, CRC-32 5-tuple hash mod N, DSR",
                        "catalogue convention s1..s3 behind VIP 1.2.3.4"),
                new Assumption("MPTCP (fix)", "server: C flag, ADD_ADDR of its unique address, initial subflow backup"
                        + " (MP_PRIO); client: in-kernel PM, joins advertised addresses; LIA",
                        "ICNP 2017 'loadbalancing' path manager, RFC 8684 §3.1, §3.4.1, §3.3.8"),
                new Assumption("MPTCP (no fix)", "client second address 10.0.0.2 as 'subflow' endpoint joining the VIP;"
                        + " server announces nothing", "stock Linux MPTCP behind an unmodified L4 LB"),
                new Assumption("establishment", "TCP and MPTCP (no fix): connect() to SYN/ACK received; MPTCP (fix):"
                        + " connect() to the direct subflow's MP_JOIN handshake done",
                        "the fix's data path exists only once ADD_ADDR and MP_JOIN are through; transfer = the rest"));
    }
}
