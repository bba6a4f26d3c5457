package org.mptcplab.app.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.mptcplab.app.editor.BranchParameter;
import org.mptcplab.app.editor.Timeline;
import org.mptcplab.app.editor.TimelinesViewModel;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.ScenarioRunSource;

/**
 * Hosts the {@link RunView} of each timeline of a run: the original and its branches ("branch from
 * here"). A "Timeline" selector appears once there is a branch; every timeline keeps its own view, so
 * switching back finds the original where it was left. A branch opens at the event it was made from.
 */
final class TimelinesPane extends BorderPane {
    private final Runnable back;
    private final TimelinesViewModel timelines;
    private final Map<Timeline, RunView> views = new LinkedHashMap<>();
    private RunView current;

    TimelinesPane(RunSource source, Runnable back) {
        setId("timelines-pane");
        this.back = back;
        if (source instanceof ScenarioRunSource s) {
            timelines = new TimelinesViewModel(s);
            setTop(selector());
            timelines.selectedProperty().addListener((o, a, t) -> show(t));
            show(timelines.getSelected());
        } else {
            // Demo runs have no scenario to change: a single timeline, no selector.
            timelines = null;
            current = new RunView(source, back);
            setCenter(current);
        }
    }

    private HBox selector() {
        ComboBox<Timeline> box = new ComboBox<>(timelines.timelines());
        box.setId("timelines-selector");
        box.valueProperty().bindBidirectional(timelines.selectedProperty());
        HBox bar = new HBox(8, new Label("Timeline:"), box);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(Bindings.size(timelines.timelines()).greaterThan(1));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void show(Timeline t) {
        if (t == null) {
            return;
        }
        current = views.computeIfAbsent(t, this::open);
        setCenter(current);
    }

    private RunView open(Timeline t) {
        RunView view = new RunView(t.source(), back);
        if (t.startIndex() >= 0) {
            PlaybackViewModel p = view.playback();
            ChangeListener<Boolean> seek = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was,
                        Boolean loading) {
                    if (!loading) {
                        p.loadingProperty().removeListener(this);
                        if (!p.getEvents().isEmpty()) {
                            p.seek(Math.min(t.startIndex(), p.getEvents().size() - 1));
                        }
                    }
                }
            };
            p.loadingProperty().addListener(seek);
        }
        return view;
    }

    /** Whether the run has a scenario to branch from (demo runs do not). */
    boolean canBranch() {
        return timelines != null;
    }

    /**
     * Branches the shown timeline at its current step.
     *
     * @throws IllegalArgumentException when the value is refused
     */
    Optional<Timeline> branch(BranchParameter parameter, String value) {
        if (timelines == null) {
            return Optional.empty();
        }
        int at = current.playback().getCursor();
        return Optional.of(timelines.branch(timelines.getSelected(), parameter, value, at));
    }

    /** The view of the timeline shown. */
    RunView current() {
        return current;
    }

    /** The timelines, or null for a demo run. */
    TimelinesViewModel timelines() {
        return timelines;
    }

    /** Closes every timeline's view. */
    void close() {
        views.values().forEach(RunView::close);
        if (timelines == null) {
            current.close();
        }
    }
}
