package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-point statistics of an L4LB run set: mean and spread over seeds of the transfer rate, the
 * establishment time and the transfer time. Unfinished runs count with the bytes they moved.
 */
public final class L4lbSummary {
    private final L4lbExperiment experiment;
    private final Map<L4lbPoint, List<L4lbResult>> byPoint = new LinkedHashMap<>();

    /** Groups {@code results} by point, in the experiment's point order. */
    public L4lbSummary(L4lbExperiment experiment, List<L4lbResult> results) {
        this.experiment = experiment;
        for (L4lbPoint p : experiment.points()) {
            byPoint.put(p, new ArrayList<>());
        }
        for (L4lbResult r : results) {
            byPoint.computeIfAbsent(r.point(), p -> new ArrayList<>()).add(r);
        }
    }

    /** The experiment summarised. */
    public L4lbExperiment experiment() {
        return experiment;
    }

    /** Runs of {@code point}, in seed order. */
    public List<L4lbResult> runs(L4lbPoint point) {
        return List.copyOf(byPoint.getOrDefault(point, List.of()));
    }

    /** Transfer rate over seeds, Mbit/s. */
    public Stats transferMbps(L4lbPoint point) {
        return Stats.of(runs(point).stream().mapToDouble(L4lbResult::transferMbps).toArray());
    }

    /** Establishment time over seeds, ms. */
    public Stats establishmentMs(L4lbPoint point) {
        return Stats.of(runs(point).stream().mapToDouble(r -> r.establishment() / 1e6).toArray());
    }

    /** Transfer time over seeds, ms. */
    public Stats transferMs(L4lbPoint point) {
        return Stats.of(runs(point).stream().mapToDouble(r -> r.transfer() / 1e6).toArray());
    }

    /** Runs of {@code point} that did not finish within the time limit. */
    public long unfinished(L4lbPoint point) {
        return runs(point).stream().filter(r -> !r.completed()).count();
    }

    /** The loss sweep of {@code variant} (at the operating latency), in sweep order. */
    public List<L4lbPoint> lossSweep(L4lbVariant variant) {
        return experiment.losses().stream().map(l -> new L4lbPoint(variant, l, experiment.operatingLatency())).toList();
    }

    /** The latency sweep of {@code variant} (without loss), in sweep order. */
    public List<L4lbPoint> latencySweep(L4lbVariant variant) {
        return experiment.latencies().stream().map(d -> new L4lbPoint(variant, 0, d)).toList();
    }

    /** Largest relative deviation of the mean transfer rate across {@code points} from their overall mean. */
    public double spread(List<L4lbPoint> points) {
        double[] means = points.stream().mapToDouble(p -> transferMbps(p).mean()).toArray();
        double max = Stats.of(means).max();
        double min = Stats.of(means).min();
        return (max - min) / max;
    }
}
