package org.mptcplab.app.lesson;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The lesson window's root: the workspace, the pointer spot above it and the black blank above all.
 * Handles the keys of both modes. Presenter (clicker) keys: Page Down / Right next (an open question
 * is revealed first: a clicker cannot type), Page Up / Left previous, B blank, P pointer, I
 * inspectors. Normal keys: Page Down / Page Up next / previous step, Right / Left step the run,
 * Space play, Home back to the step's point, I inspectors.
 */
public final class PresenterLayer extends StackPane {
    /** Radius of the pointer spot: visible from the back of a lecture hall. */
    static final double POINTER_RADIUS = 34;
    private final LessonWorkspace workspace;
    private final PresenterState state;
    private final Region blank = new Region();
    private final Circle spot = new Circle(POINTER_RADIUS, Color.rgb(255, 40, 40, 0.45));

    /** Layers over {@code workspace}, following {@code state}. */
    public PresenterLayer(LessonWorkspace workspace, PresenterState state) {
        this.workspace = workspace;
        this.state = state;
        setId("lesson-root");
        getStyleClass().add("lesson-root");
        blank.setId("presenter-blank");
        blank.setStyle("-fx-background-color: black;");
        blank.visibleProperty().bind(state.blankedProperty());
        spot.setId("presenter-pointer");
        spot.setStroke(Color.rgb(255, 255, 255, 0.8));
        spot.setStrokeWidth(2);
        spot.setManaged(false);
        spot.visibleProperty().bind(state.pointerProperty());
        Pane pointerPane = new Pane(spot);
        pointerPane.setMouseTransparent(true);
        getChildren().addAll(workspace, pointerPane, blank);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> moveSpot(e.getX(), e.getY()));
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moveSpot(e.getX(), e.getY()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        state.onProperty().addListener((o, a, on) -> {
            getStyleClass().remove("presenter");
            if (on) {
                getStyleClass().add("presenter");
            }
        });
        state.inspectorsProperty().addListener((o, a, shown) -> applyInspectors());
        workspace.setOnPlayerOpened(this::applyInspectors);
        applyInspectors();
    }

    /** Moves the pointer spot to ({@code x}, {@code y}) in this layer. */
    public void moveSpot(double x, double y) {
        spot.setCenterX(x);
        spot.setCenterY(y);
    }

    /** Re-applies the inspectors switch to the player (after a lesson was opened). */
    public void applyInspectors() {
        workspace.setListShown(state.isInspectors());
        if (workspace.player() != null) {
            workspace.player().setInspectorsShown(state.isInspectors());
        }
    }

    /** The pointer spot (tests read its position). */
    public Circle spot() {
        return spot;
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (handled(e.getCode(), typing)) {
            e.consume();
        }
    }

    private boolean handled(KeyCode code, boolean typing) {
        LessonPlayerPane player = workspace.player();
        if (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP) {
            // Clicker keys work even while a text field has the focus.
            if (player != null && code == KeyCode.PAGE_DOWN) {
                forward(player);
            } else if (player != null) {
                player.model().previous();
            }
            return true;
        }
        if (typing) {
            return false;
        }
        switch (code) {
            case B, PERIOD -> state.toggleBlank();
            case P -> state.togglePointer();
            case I -> state.toggleInspectors();
            default -> {
                return player != null && (state.isOn() ? presenterKey(code, player) : runKey(code, player));
            }
        }
        return true;
    }

    private void forward(LessonPlayerPane player) {
        if (state.isOn()) {
            player.model().advance();
        } else {
            player.model().next();
        }
    }

    private static boolean presenterKey(KeyCode code, LessonPlayerPane player) {
        switch (code) {
            case RIGHT, DOWN -> player.model().advance();
            case LEFT, UP -> player.model().previous();
            case SPACE -> player.run().togglePlay();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean runKey(KeyCode code, LessonPlayerPane player) {
        switch (code) {
            case RIGHT -> player.run().stepForward();
            case LEFT -> player.run().stepBack();
            case SPACE -> player.run().togglePlay();
            case HOME -> player.run().toPoint();
            default -> {
                return false;
            }
        }
        return true;
    }
}
