package org.mptcplab.engine.fidelity;

/**
 * One cell of the comparison: a transfer mode, a loss rate and how many engine seeds (1..seeds) to run.
 *
 * @param mode  10 MB or 60 s
 * @param loss  forward random loss probability
 * @param seeds engine runs, seeds 1..seeds
 */
record CellSpec(TransferMode mode, double loss, int seeds) {

    /** Validates the seed count. */
    CellSpec {
        if (seeds < 1) {
            throw new IllegalArgumentException("at least one seed: " + seeds);
        }
    }

    /** Key shared with the snapshot table: the loss as printed, then the mode label. */
    String key() {
        return FidelityCell.formatLoss(loss) + "|" + mode.label();
    }
}
