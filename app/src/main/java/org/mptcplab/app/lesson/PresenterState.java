package org.mptcplab.app.lesson;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Presenter mode's switches, apart from the window: on or off, screen blanked, pointer spot shown,
 * inspectors (and lesson list) shown. Turning presenter mode on hides the inspectors and clears the
 * blank and the pointer, as a lecture starts with the narration card and the run only.
 */
public final class PresenterState {
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty blanked = new SimpleBooleanProperty();
    private final BooleanProperty pointer = new SimpleBooleanProperty();
    private final BooleanProperty inspectors = new SimpleBooleanProperty(true);

    /** Enters or leaves presenter mode. */
    public void setOn(boolean value) {
        on.set(value);
        blanked.set(false);
        pointer.set(false);
        inspectors.set(!value);
    }

    /** B: black screen and back. */
    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** P: the pointer spot on or off. */
    public void togglePointer() {
        pointer.set(!pointer.get());
    }

    /** I: inspectors and lesson list on or off. */
    public void toggleInspectors() {
        inspectors.set(!inspectors.get());
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    public BooleanProperty pointerProperty() {
        return pointer;
    }

    public BooleanProperty inspectorsProperty() {
        return inspectors;
    }

    public boolean isInspectors() {
        return inspectors.get();
    }
}
