package org.mptcplab.engine.experiment;

import java.util.Locale;
import org.mptcplab.engine.sim.Time;

/** Manual exploration main: prints one line per run. Args: variant loss latencyMs seeds. */
public final class L4lbProbe {
    private L4lbProbe() {}

    public static void main(String[] args) {
        L4lbVariant v = L4lbVariant.valueOf(args[0]);
        double loss = Double.parseDouble(args[1]);
        long lat = Time.millis(Long.parseLong(args[2]));
        int seeds = Integer.parseInt(args[3]);
        for (int s = 1; s <= seeds; s++) {
            long t0 = System.nanoTime();
            L4lbResult r = L4lbExperiment.run(L4lbSetup.defaults(), new L4lbPoint(v, loss, lat), s);
            System.out.printf(Locale.ROOT, "%s loss=%.3f lat=%s seed=%d done=%s est=%.4f tr=%.4f rate=%.1f joins=%d rst=%d lbdata=%d ev=%d wall=%.3f%n",
                    v, loss, args[2], s, r.completed(), Time.toSeconds(r.establishment()), Time.toSeconds(r.transfer()),
                    r.transferMbps(), r.joins(), r.resets(), r.lbDataPackets(), r.events(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
