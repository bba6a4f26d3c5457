package org.mptcplab.engine.fidelity;

/**
 * One engine transfer, with the counters ns-3's {@code run_baseline.sh} prints, so both sides can be
 * compared field by field.
 *
 * @param mode          what was measured
 * @param loss          forward random loss probability
 * @param seed          simulator seed (the counterpart of ns-3's run number)
 * @param goodputMbps   application bytes x 8 / duration, Mbit/s (10^6)
 * @param completionS   simulated seconds from application start to the last byte, -1 if not reached
 * @param bytes         bytes the receiving application got
 * @param events        simulator events executed
 * @param lossDrops     packets dropped by the random loss model
 * @param queueDrops    drop-tail overflows, all link directions
 * @param clientPackets packets the client transmitted (data, retransmissions, SYN, FIN, ACKs)
 * @param wallNanos     wall-clock time the run took (reporting only; never part of a comparison)
 */
record RunResult(TransferMode mode, double loss, long seed, double goodputMbps, double completionS, long bytes,
        long events, long lossDrops, long queueDrops, long clientPackets, long wallNanos) {
}
