package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;

/**
 * Parameters of the anycast experiment, the workload being an assumption the talk leaves open.
 * Topology: {@code client --core-- r --server link-- s1, s2, s3}; each server holds 1.2.3.4 on a
 * loopback and announces 1.2.3.4/32 to {@code r}, which spreads flows by hash-threshold ECMP (RFC 2992)
 * over the L4 5-tuple; the servers' own prefixes 5.6.7.0/24, 8.9.10.0/24, 11.12.13.0/24 are plain routes.
 *
 * @param clients           long-lived downloads, each a reconnecting client
 * @param duration          simulated time, ns
 * @param bin               metrics bin, ns
 * @param firstWithdrawal   first withdrawal, ns
 * @param period            one withdrawal every period, ns
 * @param downFor           how long a server stays withdrawn, ns
 * @param convergence       delay between a server's act and the router's table change, ns
 * @param reconnectDelay    a client reconnects this long after its connection was reset, ns
 * @param startSpread       clients start evenly over this interval from t = 0, ns
 * @param coreRate          client-r rate, bit/s
 * @param serverRate        server link rate, bit/s
 * @param clientDelay       one-way delay client-r, ns
 * @param serverDelay       one-way delay r-server, ns
 * @param queuePackets      drop-tail queue per link direction, packets
 * @param tcp               TCP settings of every host
 */
public record AnycastSetup(int clients, long duration, long bin, long firstWithdrawal, long period, long downFor,
        long convergence, long reconnectDelay, long startSpread, long coreRate, long serverRate, long clientDelay,
        long serverDelay, int queuePackets, TcpConfig tcp) {

    /** Port the servers serve on. */
    public static final int PORT = 80;
    /** Servers in the pool. */
    public static final int SERVERS = 3;

    /** The documented 60 s run. */
    public static AnycastSetup defaults() {
        return new AnycastSetup(30, Time.seconds(60), Time.millis(100), Time.seconds(10), Time.seconds(10),
                Time.seconds(5), Time.millis(50), Time.millis(100), Time.millis(100), 10_000_000_000L, 1_000_000_000L,
                Time.micros(250), Time.micros(250), 1000, TcpConfig.defaults());
    }

    /** The same setup for {@code newDuration} of simulated time (tests use a short run). */
    public AnycastSetup withDuration(long newDuration) {
        return new AnycastSetup(clients, newDuration, bin, firstWithdrawal, period, downFor, convergence, reconnectDelay,
                startSpread, coreRate, serverRate, clientDelay, serverDelay, queuePackets, tcp);
    }

    /** Number of metric bins. */
    public int bins() {
        return (int) (duration / bin);
    }

    /** Withdrawals and re-announcements before the end, servers taken in turn s1, s2, s3, s1, ... */
    public List<RouteEvent> schedule() {
        List<RouteEvent> events = new ArrayList<>();
        int k = 0;
        for (long t = firstWithdrawal; t < duration; t += period, k++) {
            String server = "s" + (k % SERVERS + 1);
            events.add(new RouteEvent(t, server, true));
            if (t + downFor < duration) {
                events.add(new RouteEvent(t + downFor, server, false));
            }
        }
        return events;
    }

    /** The assumptions behind these values. */
    public List<Assumption> assumptions() {
        return List.of(
                new Assumption("workload", String.format(Locale.ROOT,
                        "%d long-lived downloads from one client host, started over the first %s", clients,
                        Time.format(startSpread)), "enough flows that every server link stays full whatever the hash"),
                new Assumption("client reaction", "on RST or timeout reconnect after " + Time.format(reconnectDelay)
                        + " (new ephemeral port, so a new hash)", "talk does not say; a browser/wget-like retry"),
                new Assumption("maintenance", "withdraw at " + Time.format(firstWithdrawal) + ", then every "
                        + Time.format(period) + " for " + Time.format(downFor) + ", servers in turn s1, s2, s3, ...",
                        "talk: every 10 s a server is removed for 5 s"),
                new Assumption("routing", "hash-threshold ECMP (RFC 2992), CRC-32 over the 5-tuple, convergence "
                        + Time.format(convergence), "Linux default multipath next-hop selection with L4 hash policy"),
                new Assumption("links", String.format(Locale.ROOT, "client-r %d Gbit/s %s, r-server %d Gbit/s %s,"
                        + " %d-packet drop-tail queues", coreRate / 1_000_000_000L, Time.format(clientDelay),
                        serverRate / 1_000_000_000L, Time.format(serverDelay), queuePackets),
                        "talk: 1 Gbps and 10 Gbps links; delays not stated"),
                new Assumption("throughput", "application goodput summed over clients, per " + Time.format(bin)
                        + " bin", "what the clients receive (no headers)"),
                new Assumption("RSTs", "RSTs sent by every host for segments matching no connection, per bin",
                        "TcpStack.resetsSent() sampled each bin"),
                new Assumption("MPTCP (fix)", "servers: C flag, ADD_ADDR of their unique address, initial subflow"
                        + " backup (MP_PRIO); client: in-kernel PM, LIA", "ICNP 2017 'loadbalancing' path manager"));
    }
}
