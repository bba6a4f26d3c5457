package org.mptcplab.app.compare;

import java.util.List;
import java.util.Optional;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Two recorded runs side by side, JavaFX-free so that the GUI, the figure exporter and the command
 * line share it: the story anchors that say which events are "the same moment", a monotone alignment
 * between the two traces built on them, the first semantic divergence, the outcome badges and the
 * throughput strips of both sides.
 *
 * <p>Simplification: the alignment is exact only at anchors; between two anchors it interpolates on
 * simulated time, so events without a counterpart (an ADD_ADDR only the fix sends) show next to
 * whatever the other run did at about the same point of that stretch.
 */
public final class CompareModel {
    /** Bins of each throughput strip. */
    public static final int THROUGHPUT_BINS = 60;

    private final RecordedRun leftRun;
    private final RecordedRun rightRun;
    private final List<Anchor> anchors;
    private final Alignment leftToRight;
    private final Alignment rightToLeft;
    private final Optional<Divergence> divergence;
    private final Badges leftBadges;
    private final Badges rightBadges;
    private final ThroughputStrip leftStrip;
    private final ThroughputStrip rightStrip;

    private CompareModel(RecordedRun left, RecordedRun right) {
        this.leftRun = left;
        this.rightRun = right;
        List<StoryPoint> leftStory = Story.of(left.events());
        List<StoryPoint> rightStory = Story.of(right.events());
        List<StoryPoint[]> pairs = Anchors.matched(leftStory, rightStory);
        this.anchors = List.copyOf(Anchors.chain(pairs, left.events().size(), right.events().size()));
        long[] lt = times(left.events());
        long[] rt = times(right.events());
        int[] la = anchors.stream().mapToInt(Anchor::leftIndex).toArray();
        int[] ra = anchors.stream().mapToInt(Anchor::rightIndex).toArray();
        this.leftToRight = new Alignment(la, ra, lt, rt);
        this.rightToLeft = new Alignment(ra, la, rt, lt);
        this.divergence = Divergences.find(pairs, leftStory, rightStory, left.source().id(), right.source().id(),
                leftToRight::map, rightToLeft::map);
        this.leftBadges = Outcomes.badges(left.events());
        this.rightBadges = Outcomes.badges(right.events());
        long end = Math.max(lastTime(lt), lastTime(rt));
        this.leftStrip = Outcomes.throughput(left.events(), THROUGHPUT_BINS, end);
        this.rightStrip = Outcomes.throughput(right.events(), THROUGHPUT_BINS, end);
    }

    /** Compares {@code left} (usually the failure) with {@code right} (usually the fix); a pass over both traces. */
    public static CompareModel of(RecordedRun left, RecordedRun right) {
        return new CompareModel(left, right);
    }

    /** The left run. */
    public RecordedRun leftRun() {
        return leftRun;
    }

    /** The right run. */
    public RecordedRun rightRun() {
        return rightRun;
    }

    /** Pairs of events that are the same moment of the story, increasing on both sides. */
    public List<Anchor> anchors() {
        return anchors;
    }

    /** The right event shown with left event {@code leftIndex} (-1 = before the first); monotone. */
    public int rightIndexFor(int leftIndex) {
        return leftToRight.map(leftIndex);
    }

    /** The left event shown with right event {@code rightIndex} (-1 = before the first); monotone. */
    public int leftIndexFor(int rightIndex) {
        return rightToLeft.map(rightIndex);
    }

    /** The first moment whose outcome differs, if the runs tell different stories. */
    public Optional<Divergence> divergence() {
        return divergence;
    }

    /** Outcome badges of the left run. */
    public Badges left() {
        return leftBadges;
    }

    /** Outcome badges of the right run. */
    public Badges right() {
        return rightBadges;
    }

    /** The throughput strip of one side; both share one time axis (bin width). */
    public ThroughputStrip throughput(boolean left) {
        return left ? leftStrip : rightStrip;
    }

    private static long[] times(List<TraceEvent> events) {
        long[] t = new long[events.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = events.get(i).time();
        }
        return t;
    }

    private static long lastTime(long[] t) {
        return t.length == 0 ? 0 : t[t.length - 1];
    }
}
