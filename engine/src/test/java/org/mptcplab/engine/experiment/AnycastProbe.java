package org.mptcplab.engine.experiment;

import java.util.Locale;
import org.mptcplab.engine.sim.Time;

/** Manual exploration main: one anycast run, prints 1 s aggregates. Args: variant seconds. */
public final class AnycastProbe {
    private AnycastProbe() {}

    public static void main(String[] args) {
        AnycastVariant v = AnycastVariant.valueOf(args[0]);
        AnycastSetup setup = AnycastSetup.defaults().withDuration(Time.seconds(Long.parseLong(args[1])));
        long t0 = System.nanoTime();
        AnycastResult r = new AnycastTask(setup, v, 1).get();
        double wall = (System.nanoTime() - t0) / 1e9;
        for (int s = 0; s < r.bins() / 10; s++) {
            double mb = 0;
            long rst = 0;
            for (int i = s * 10; i < s * 10 + 10; i++) {
                mb += r.mbps(i) / 10;
                rst += r.resets()[i];
            }
            System.out.printf(Locale.ROOT, "t=%2d mbps=%7.1f rst=%d%n", s, mb, rst);
        }
        System.out.printf(Locale.ROOT, "events=%d conns=%d intact=%s wall=%.2f ev/s=%.0f%n", r.events(), r.connections(),
                r.intact(), wall, r.events() / wall);
    }
}
