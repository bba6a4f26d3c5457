package org.mptcplab.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.mptcplab.app.playback.IndexedRun;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;

/**
 * Two playbacks driven by one play head: every command moves the shared position on the
 * {@link LockStep} track and seeks both sides there, so they always show the same moment of the story.
 * The only class of the compare view that talks to the engine (through the runs it records). Its status
 * line names a side whose recording stopped early (watchdog abort, engine exception) and why; that
 * side is compared up to the stop.
 */
public final class CompareViewModel {
    private final PlaybackViewModel left = new PlaybackViewModel();
    private final PlaybackViewModel right = new PlaybackViewModel();
    private final ReadOnlyObjectWrapper<CompareModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ComparePair> pair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moment = new ReadOnlyStringWrapper("");
    private final DoubleProperty speed = new SimpleDoubleProperty(PlaybackViewModel.DEFAULT_SPEED);
    private LockStep track;
    private int[] anchorSteps = new int[0];
    private double head;
    private Task<Loaded> task;

    /** Records both runs of {@code newPair} on {@code executor} and loads them when done. */
    public Task<?> open(ComparePair newPair, Executor executor) {
        if (task != null) {
            task.cancel();
        }
        pause();
        Task<Loaded> t = new Task<>() {
            @Override
            protected Loaded call() {
                updateMessage("Simulating " + newPair.left().id() + "…");
                RecordedRun l = RecordedRun.record(newPair.left(), PlaybackViewModel.LOAD_CHUNK);
                updateMessage("Simulating " + newPair.right().id() + "…");
                RecordedRun r = RecordedRun.record(newPair.right(), PlaybackViewModel.LOAD_CHUNK);
                updateMessage("Aligning the two stories…");
                CompareModel m = CompareModel.of(l, r);
                return new Loaded(IndexedRun.of(l), IndexedRun.of(r), m, LockStep.of(m));
            }
        };
        task = t;
        loading.set(true);
        message.bind(t.messageProperty());
        t.stateProperty().addListener((o, a, s) -> {
            if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                message.unbind();
                if (s == Worker.State.SUCCEEDED) {
                    Loaded done = t.getValue();
                    load(newPair, done.left(), done.right(), done.model(), done.track());
                } else {
                    message.set(s == Worker.State.FAILED ? "Compare failed: " + t.getException() : "Cancelled.");
                }
                loading.set(false);
            }
        });
        executor.execute(t);
        return t;
    }

    /** Loads already recorded runs (tests); {@link #open} does the same off the FX thread. */
    public void load(ComparePair newPair, IndexedRun l, IndexedRun r, CompareModel m) {
        load(newPair, l, r, m, LockStep.of(m));
    }

    private void load(ComparePair newPair, IndexedRun l, IndexedRun r, CompareModel m, LockStep newTrack) {
        pause();
        left.load(l);
        right.load(r);
        track = newTrack;
        List<Anchor> anchors = m.anchors();
        anchorSteps = anchors.stream().mapToInt(track::stepFor).toArray();
        pair.set(newPair);
        model.set(m);
        size.set(track.size());
        message.set(newPair.left().id() + " (" + l.run().events().size() + " events) | " + newPair.right().id()
                + " (" + r.run().events().size() + " events), " + anchors.size() + " story anchors"
                + stopNote("left", l.run()) + stopNote("right", r.run()));
        moveTo(0);
    }

    /** "; left side stopped at t = 1.234 ms: reason" when that side's recording ended early, else "". */
    static String stopNote(String side, RecordedRun run) {
        return run.stopped().map(s -> String.format(Locale.ROOT, "; %s side stopped at t = %.3f ms: %s", side,
                s.time() / 1e6, s.reason())).orElse("");
    }

    /** Stops a recording still running. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    public void reset() {
        pause();
        moveTo(0);
    }

    public void stepForward() {
        if (track != null && step.get() + 1 < track.size()) {
            moveTo(step.get() + 1);
        }
    }

    public void stepBack() {
        if (step.get() > 0) {
            moveTo(step.get() - 1);
        }
    }

    /** Moves the shared play head to position {@code position} of the track. */
    public void seek(int position) {
        if (track == null || position < 0 || position >= track.size()) {
            throw new IndexOutOfBoundsException("no position " + position);
        }
        moveTo(position);
    }

    /** Jumps to the next story anchor after the play head; false at the last one. */
    public boolean nextAnchor() {
        for (int s : anchorSteps) {
            if (s > step.get()) {
                moveTo(s);
                return true;
            }
        }
        return false;
    }

    /** Jumps to the previous story anchor before the play head; false before the first. */
    public boolean previousAnchor() {
        for (int k = anchorSteps.length - 1; k >= 0; k--) {
            if (anchorSteps[k] < step.get()) {
                moveTo(anchorSteps[k]);
                return true;
            }
        }
        return false;
    }

    /** Jumps to where both sides show the divergence; false when the runs do not diverge. */
    public boolean toDivergence() {
        Optional<Divergence> d = model.get() == null ? Optional.empty() : model.get().divergence();
        d.ifPresent(v -> {
            moveTo(track.stepFor(v.leftIndex(), v.rightIndex()));
            // Selecting highlights the marked events in each side's canvas, sequence chart and inspectors.
            left.select(left.getCursor());
            right.select(right.getCursor());
        });
        return d.isPresent();
    }

    public void play() {
        if (track == null) {
            return;
        }
        if (step.get() + 1 >= track.size()) {
            moveTo(0);
        }
        head = track.clockAt(step.get());
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Advances the shared head by {@code wallNanos} of animation time times the speed (left-run clock). */
    public void tick(long wallNanos) {
        if (!playing.get()) {
            return;
        }
        head += wallNanos * speed.get();
        int s = step.get();
        while (s + 1 < track.size() && track.clockAt(s + 1) <= head) {
            s++;
        }
        if (s != step.get()) {
            moveTo(s);
        }
        if (s + 1 >= track.size()) {
            pause();
        }
    }

    private void moveTo(int position) {
        int l = track.leftAt(position);
        int r = track.rightAt(position);
        if (left.getCursor() != l) {
            left.seek(l);
        }
        if (right.getCursor() != r) {
            right.seek(r);
        }
        String label = "";
        List<Anchor> anchors = model.get().anchors();
        for (int k = 0; k < anchorSteps.length && anchorSteps[k] <= position; k++) {
            label = anchors.get(k).label();
        }
        moment.set(label);
        // Last, so that whoever listens to the step finds both sides already there.
        step.set(position);
    }

    /** The left side's playback (its cursor is driven from here). */
    public PlaybackViewModel left() {
        return left;
    }

    /** The right side's playback. */
    public PlaybackViewModel right() {
        return right;
    }

    public ReadOnlyObjectProperty<CompareModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComparePair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    /** Shared play-head position on the track, 0 = before both first events. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Number of positions on the track. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Label of the last story anchor the play head passed ("" before the first). */
    public ReadOnlyStringProperty momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** Left-run ns per animation ns. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** What the background recording hands over. */
    private record Loaded(IndexedRun left, IndexedRun right, CompareModel model, LockStep track) {
    }
}
