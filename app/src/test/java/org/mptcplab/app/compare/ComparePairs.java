package org.mptcplab.app.compare;

import org.mptcplab.app.playback.RecordedRun;

/** Records the two runs of a pair for the tests, the way the view does. */
final class ComparePairs {
    private ComparePairs() {
    }

    static CompareModel model(String leftId, String rightId) {
        ComparePair pair = ComparePair.builtIn(leftId, rightId);
        return CompareModel.of(RecordedRun.record(pair.left(), 5_000), RecordedRun.record(pair.right(), 5_000));
    }
}
