package org.mptcplab.app.reproduce;

import java.io.PrintWriter;
import java.util.List;
import org.mptcplab.engine.experiment.AnycastExperiment;
import org.mptcplab.engine.experiment.AnycastResult;
import org.mptcplab.engine.experiment.L4lbExperiment;
import org.mptcplab.engine.experiment.L4lbResult;
import org.mptcplab.engine.experiment.L4lbSummary;
import org.mptcplab.engine.experiment.ParallelRunner;

/**
 * Runs the requested experiments on a {@link ParallelRunner} and collects a {@link ReproduceReport}.
 *
 * @param target   which experiments
 * @param quick    smaller sweeps and a 20 s anycast run
 * @param seeds    seeds per point, or 0 for the default (10 for L4LB, 3 with --quick; 1 for anycast)
 * @param threads  worker threads
 */
public record Reproduction(Target target, boolean quick, int seeds, int threads) {

    /** The L4LB definition this reproduction runs. */
    public L4lbExperiment l4lbExperiment() {
        int n = seeds > 0 ? seeds : quick ? 3 : 10;
        return quick ? L4lbExperiment.quick(n) : L4lbExperiment.paper(n);
    }

    /** The anycast definition this reproduction runs. */
    public AnycastExperiment anycastExperiment() {
        AnycastExperiment e = quick ? AnycastExperiment.quick() : AnycastExperiment.paper();
        return seeds > 0 ? e.withSeeds(Math.min(seeds, 3)) : e;
    }

    /** Runs everything, drawing progress on {@code progressOut}. */
    public ReproduceReport run(PrintWriter progressOut, boolean terminal) {
        ParallelRunner runner = new ParallelRunner(threads);
        L4lbSummary l4lb = null;
        double l4lbWall = 0;
        if (target.includesL4lb()) {
            L4lbExperiment e = l4lbExperiment();
            var tasks = e.tasks();
            ProgressBar bar = new ProgressBar(progressOut, terminal, "l4lb", tasks.size());
            long t0 = System.nanoTime();
            List<L4lbResult> results = runner.run(tasks, bar::update);
            l4lbWall = (System.nanoTime() - t0) / 1e9;
            l4lb = new L4lbSummary(e, results);
        }
        AnycastExperiment anycast = null;
        List<AnycastResult> runs = null;
        double anycastWall = 0;
        if (target.includesAnycast()) {
            anycast = anycastExperiment();
            var tasks = anycast.tasks();
            ProgressBar bar = new ProgressBar(progressOut, terminal, "anycast", tasks.size());
            long t0 = System.nanoTime();
            runs = runner.run(tasks, bar::update);
            anycastWall = (System.nanoTime() - t0) / 1e9;
        }
        return new ReproduceReport(l4lb, l4lbWall, anycast, runs, anycastWall);
    }
}
