package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.sim.Time;

/**
 * Reads the talk's quantities off one anycast run: the steady levels with three and with two servers
 * in the pool, the RSTs around each pool change and the lowest one-second throughput.
 *
 * <p>Windows: a bin counts for a level when it starts at least {@link #SETTLE} after the start of the
 * run and after the last pool change; the RSTs of a change are those of the {@link #SETTLE} after it
 * (convergence delay plus reconnections).
 */
public final class AnycastSummary {
    /** Time left out after the start and after each change, ns. */
    public static final long SETTLE = Time.seconds(1);

    private final AnycastResult run;

    /** A summary of {@code run}. */
    public AnycastSummary(AnycastResult run) {
        this.run = run;
    }

    /** The run summarised. */
    public AnycastResult run() {
        return run;
    }

    /** Mean aggregate goodput over settled bins with all servers announced, Mbit/s. */
    public double threeServerMbps() {
        return level(0);
    }

    /** Mean aggregate goodput over settled bins with one server withdrawn, Mbit/s (NaN if none). */
    public double twoServerMbps() {
        return level(1);
    }

    private double level(int withdrawn) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < run.bins(); i++) {
            long start = i * run.bin();
            if (start >= SETTLE && start - lastChangeBefore(start) >= SETTLE && withdrawnAt(start) == withdrawn) {
                sum += run.mbps(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private long lastChangeBefore(long t) {
        long last = Long.MIN_VALUE / 2;
        for (RouteEvent e : run.schedule()) {
            if (e.time() <= t) {
                last = e.time();
            }
        }
        return last;
    }

    private int withdrawnAt(long t) {
        int n = 0;
        for (RouteEvent e : run.schedule()) {
            if (e.time() <= t) {
                n += e.withdrawn() ? 1 : -1;
            }
        }
        return n;
    }

    /** RSTs in the {@link #SETTLE} after each withdrawal, in time order. */
    public List<Long> resetsAfterWithdrawals() {
        return resetsAfter(true);
    }

    /** RSTs in the {@link #SETTLE} after each re-announcement, in time order. */
    public List<Long> resetsAfterReadds() {
        return resetsAfter(false);
    }

    private List<Long> resetsAfter(boolean withdrawn) {
        List<Long> counts = new ArrayList<>();
        for (RouteEvent e : run.schedule()) {
            if (e.withdrawn() == withdrawn) {
                long n = 0;
                for (int i = 0; i < run.bins(); i++) {
                    long start = i * run.bin();
                    if (start >= e.time() && start < e.time() + SETTLE) {
                        n += run.resets()[i];
                    }
                }
                counts.add(n);
            }
        }
        return counts;
    }

    /** Aggregate goodput per whole second, Mbit/s. */
    public double[] perSecondMbps() {
        int perSecond = (int) (Time.SECOND / run.bin());
        double[] out = new double[run.bins() / perSecond];
        for (int s = 0; s < out.length; s++) {
            double sum = 0;
            for (int i = s * perSecond; i < (s + 1) * perSecond; i++) {
                sum += run.mbps(i);
            }
            out[s] = sum / perSecond;
        }
        return out;
    }

    /** The lowest one-second bin from 1 s on, over the three-server level. */
    public double minSecondRatio() {
        double[] seconds = perSecondMbps();
        double min = Double.POSITIVE_INFINITY;
        for (int s = 1; s < seconds.length; s++) {
            min = Math.min(min, seconds[s]);
        }
        return min / threeServerMbps();
    }
}
