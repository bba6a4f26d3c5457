package org.mptcplab.engine.faults;

import org.mptcplab.engine.sim.Time;

/**
 * Parameters of the anycast soak.
 *
 * @param duration     simulated time, ns
 * @param sample       sampling period, ns
 * @param tcpClients   clients opening plain TCP connections one after another
 * @param mptcpClients clients opening MPTCP connections (the servers run the ICNP 2017 fix)
 * @param flowBytes    bytes each connection downloads
 * @param think        pause between a client's connections, ns
 * @param period       one server withdrawn every period, ns (servers in turn)
 * @param downFor      how long it stays withdrawn, ns
 * @param timeWait     TIME_WAIT of every host, ns
 * @param seed         seed of the run
 */
record SoakSetup(long duration, long sample, int tcpClients, int mptcpClients, long flowBytes, long think,
        long period, long downFor, long timeWait, long seed) {

    /** The 10-minute soak of the issue: 40 clients, 100 KB flows, Linux's 60 s TIME_WAIT. */
    static SoakSetup tenMinutes() {
        return new SoakSetup(Time.seconds(600), Time.seconds(60), 20, 20, 100_000, Time.millis(200),
                Time.seconds(10), Time.seconds(5), Time.seconds(60), 1);
    }

    /** The CI variant: one simulated minute, TIME_WAIT cut to 5 s so the steady state shows within it. */
    static SoakSetup oneMinute() {
        return new SoakSetup(Time.seconds(60), Time.seconds(5), 8, 8, 50_000, Time.millis(200), Time.seconds(10),
                Time.seconds(5), Time.seconds(5), 7);
    }
}
