package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mptcplab.engine.sim.Time;

/**
 * The paper's layer-4 load-balancer experiment (EXPERIMENTS.md §1): a 10 MB transfer by TCP, MPTCP
 * with the fix and MPTCP without it, swept over the loss and the added latency of the load-balancer
 * path, several seeds per point. The loss sweep runs at the operating point's latency (0) and the
 * latency sweep without loss, so each sweep changes one impairment only.
 *
 * <p>The operating point is where TCP lands near the talk's 16 Mbit/s. Mathis et al. give
 * {@code rate = MSS / RTT * sqrt(3/2) / sqrt(p)}: with MSS 1448 B and the LB path's base RTT, a
 * loss of a few percent is what brings a 10 MB TCP transfer down to tens of Mbit/s.
 *
 * @param setup           fixed parameters
 * @param operatingLoss   loss of the documented operating point
 * @param operatingLatency added latency of the operating point, ns
 * @param losses          loss sweep
 * @param latencies       added-latency sweep, ns
 * @param seeds           seeds per point (1..seeds)
 */
public record L4lbExperiment(L4lbSetup setup, double operatingLoss, long operatingLatency, List<Double> losses,
        List<Long> latencies, int seeds) {

    /** Copies the lists and checks there is at least one seed. */
    public L4lbExperiment {
        Objects.requireNonNull(setup, "setup");
        losses = List.copyOf(losses);
        latencies = List.copyOf(latencies);
        if (seeds < 1) {
            throw new IllegalArgumentException("need at least one seed: " + seeds);
        }
    }

    /** The full experiment: loss 0, 0.1, 0.5, 1, 2, 5 %; latency 0, 10, 50, 100 ms; {@code seeds} seeds. */
    public static L4lbExperiment paper(int seeds) {
        return new L4lbExperiment(L4lbSetup.defaults(), 0.02, 0, List.of(0.0, 0.001, 0.005, 0.01, 0.02, 0.05),
                List.of(0L, Time.millis(10), Time.millis(50), Time.millis(100)), seeds);
    }

    /** A smaller sweep for tests and {@code --quick}: loss 0, 1, 5 %; latency 0, 100 ms. */
    public static L4lbExperiment quick(int seeds) {
        L4lbExperiment p = paper(seeds);
        return new L4lbExperiment(p.setup, p.operatingLoss, p.operatingLatency, List.of(0.0, p.operatingLoss, 0.05),
                List.of(0L, Time.millis(100)), seeds);
    }

    /** The same experiment with another number of seeds. */
    public L4lbExperiment withSeeds(int n) {
        return new L4lbExperiment(setup, operatingLoss, operatingLatency, losses, latencies, n);
    }

    /** The operating point for {@code variant}. */
    public L4lbPoint operatingPoint(L4lbVariant variant) {
        return new L4lbPoint(variant, operatingLoss, operatingLatency);
    }

    /** Every distinct point: for each variant the loss sweep, then the latency sweep. */
    public List<L4lbPoint> points() {
        Set<L4lbPoint> all = new LinkedHashSet<>();
        for (L4lbVariant v : L4lbVariant.values()) {
            for (double loss : losses) {
                all.add(new L4lbPoint(v, loss, operatingLatency));
            }
            for (long latency : latencies) {
                all.add(new L4lbPoint(v, 0, latency));
            }
            all.add(operatingPoint(v));
        }
        return List.copyOf(all);
    }

    /** One task per (point, seed), points outermost. */
    public List<L4lbTask> tasks() {
        List<L4lbTask> tasks = new ArrayList<>();
        for (L4lbPoint p : points()) {
            for (int s = 1; s <= seeds; s++) {
                tasks.add(new L4lbTask(setup, p, s));
            }
        }
        return tasks;
    }

    /** Mathis et al.'s estimate at the operating point for the LB path's base RTT plus the added latency, Mbit/s. */
    public double mathisMbps() {
        double rtt = Time.toSeconds(setup.lbPathRtt() + operatingLatency);
        return 1448 * 8 / rtt * Math.sqrt(1.5) / Math.sqrt(operatingLoss) / 1e6;
    }

    /** The setup's assumptions plus the operating point's. */
    public List<Assumption> assumptions() {
        List<Assumption> all = new ArrayList<>(setup.assumptions());
        all.add(new Assumption("operating point", String.format(Locale.ROOT, "loss %.1f %%, added latency %s",
                operatingLoss * 100, Time.format(operatingLatency)),
                String.format(Locale.ROOT, "where TCP's 10 MB transfer is near 16 Mbit/s; Mathis (b=1) at this loss"
                        + " and the LB-path RTT gives %.1f Mbit/s", mathisMbps())));
        all.add(new Assumption("sweeps", "loss sweep at the operating latency, latency sweep without loss",
                "one impairment at a time"));
        all.add(new Assumption("seeds", seeds + " per point", "a 10 MB transfer sees few losses: single runs vary"));
        return all;
    }

    /** Runs one transfer. */
    public static L4lbResult run(L4lbSetup setup, L4lbPoint point, long seed) {
        return new L4lbRun(setup, point, seed).run();
    }
}
