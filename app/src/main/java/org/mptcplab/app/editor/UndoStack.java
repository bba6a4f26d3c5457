package org.mptcplab.app.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Undo and redo as a stack of scenario snapshots. The scenario records are immutable, so keeping
 * before/after pairs is both the simplest command and an exact inverse.
 */
public final class UndoStack {
    /** One applied edit. */
    public record Edit(String label, Scenario before, Scenario after) {
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Records an applied edit; whatever was undone can no longer be redone. */
    public void push(Edit edit) {
        done.push(edit);
        undone.clear();
        update();
    }

    /** The edit to revert (its {@code before} is the scenario to go back to), or null. */
    public Edit undo() {
        Edit e = done.poll();
        if (e != null) {
            undone.push(e);
        }
        update();
        return e;
    }

    /** The edit to apply again (its {@code after}), or null. */
    public Edit redo() {
        Edit e = undone.poll();
        if (e != null) {
            done.push(e);
        }
        update();
        return e;
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
