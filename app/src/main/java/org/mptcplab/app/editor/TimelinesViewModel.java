package org.mptcplab.app.editor;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;

/**
 * "Branch from here": the original timeline and its branches, each the same scenario and seed with one
 * parameter changed, opening at the event index where it was branched so the divergence shows.
 */
public final class TimelinesViewModel {
    private final ObservableList<Timeline> timelines = FXCollections.observableArrayList();
    private final ObservableList<Timeline> timelinesView = FXCollections.unmodifiableObservableList(timelines);
    private final ObjectProperty<Timeline> selected = new SimpleObjectProperty<>();

    /** Timelines starting with {@code original}, which is selected. */
    public TimelinesViewModel(ScenarioRunSource original) {
        Timeline first = new Timeline("original", Objects.requireNonNull(original, "original"), -1);
        timelines.add(first);
        selected.set(first);
    }

    /**
     * Adds and selects a branch of {@code base}: {@code parameter} set to {@code value}, same seed,
     * opening at event {@code atIndex}.
     *
     * @throws IllegalArgumentException when the value is refused or the changed scenario is invalid
     */
    public Timeline branch(Timeline base, BranchParameter parameter, String value, int atIndex) {
        Scenario changed = parameter.apply(base.source().scenario(), value);
        ScenarioValidator.requireValid(changed);
        String name = "branch " + timelines.size() + ": " + parameter.label() + " = " + value.strip() + " @ event "
                + Math.max(atIndex, 0);
        Timeline t = new Timeline(name, new ScenarioRunSource(changed, base.source().seed()), atIndex);
        timelines.add(t);
        selected.set(t);
        return t;
    }

    /** All timelines, the original first. */
    public ObservableList<Timeline> timelines() {
        return timelinesView;
    }

    /** The timeline shown; the view may change it (the selector binds to it). */
    public ObjectProperty<Timeline> selectedProperty() {
        return selected;
    }

    public Timeline getSelected() {
        return selected.get();
    }
}
