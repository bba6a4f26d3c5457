package org.mptcplab.engine.tcp;

import java.util.Locale;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Payload;

/**
 * Test-scope benchmark (run by hand, never as a unit test): one 10 MB transfer over a 1 Gbit/s,
 * 20 ms RTT path with a 1000-packet queue, the settings of the shared ns-3 baseline (NewReno, initial
 * window 10, SACK, timestamps, delayed ACK 2, MSS 1448). Prints goodput, completion time, events
 * executed and wall time. Arguments: [congestion control name] [repetitions].
 */
public final class TcpBenchmark {
    private TcpBenchmark() {}

    /** Result of one run. */
    record Result(long completionNanos, long bytes, long events, long clientPackets) {
        double goodputMbps() {
            return bytes * 8.0 / Time.toSeconds(completionNanos) / 1e6;
        }
    }

    /** Runs one transfer of {@code bytes} and returns when the receiver has them all. */
    static Result run(long bytes, TcpConfig config, long seed) {
        return run(bytes, config, seed, 0);
    }

    /** As {@link #run(long, TcpConfig, long)} with random loss {@code loss} on the data direction. */
    static Result run(long bytes, TcpConfig config, long seed, double loss) {
        TestWire w = new TestWire(seed).delay(Time.millis(10)).rate(1_000_000_000L);
        w.toServer.loss = loss;
        w.toServer.framingBytes = 2;
        w.toClient.framingBytes = 2;
        w.toServer.record = false;
        w.toClient.record = false;
        TcpStack client = new TcpStack(w.client, config);
        TcpStack server = new TcpStack(w.server, config);
        long[] done = {-1};
        long[] received = {0};
        server.listen(5000, s -> new SocketListener() {
            @Override
            public void onData(StreamSocket socket, long offset, Payload data) {
                received[0] += data.length();
                if (received[0] >= bytes && done[0] < 0) {
                    done[0] = w.sim.now();
                }
            }
        });
        StreamSocket socket = client.connect(null, w.server.address(), 5000, new SocketListener() { });
        socket.write(bytes);
        while (done[0] < 0 && w.sim.step()) {
            // run until the receiver has everything
        }
        return new Result(done[0], received[0], w.sim.executedEvents(), w.toServer.delivered + w.toServer.dropped);
    }

    /** Entry point for a manual run. */
    public static void main(String[] args) {
        String cc = args.length > 0 ? args[0] : "newreno";
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double loss = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        TcpConfig config = TcpConfig.ns3().toBuilder().congestionControl(CongestionControls.byName(cc)).build();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            Result r = run(10_000_000L, config, i + 1, loss);
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "cc=%s loss=%s goodput_mbps=%.3f completion_s=%.6f events=%d client_pkts=%d wall_s=%.4f%n",
                    cc, loss, r.goodputMbps(), Time.toSeconds(r.completionNanos()), r.events(), r.clientPackets(), wall);
        }
    }
}
