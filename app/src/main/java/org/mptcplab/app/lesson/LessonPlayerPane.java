package org.mptcplab.app.lesson;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.inspect.HashDecisionView;
import org.mptcplab.app.inspect.InspectorTrace;
import org.mptcplab.app.inspect.PacketInspectorView;
import org.mptcplab.app.inspect.PacketInspectorViewModel;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.sequence.SequenceChartViewModel;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.model.Question;

/**
 * One lesson on screen: the step's run (topology above the sequence chart) in the centre, the
 * narration card with previous/next and the inspectors on the right, the run bar at the bottom.
 * Thin: state lives in {@link LessonPlayerViewModel} and {@link StepPlayback}.
 */
public final class LessonPlayerPane extends BorderPane {
    /** Enough for the inspector's 16-byte hex-dump line. */
    private static final double SIDE_WIDTH = 500;
    private final LessonPlayerViewModel model;
    private final StepPlayback run;
    private final PacketInspectorViewModel inspector = new PacketInspectorViewModel();
    private final HashDecisionView hashView = new HashDecisionView();
    private final TabPane inspectors;
    private final SplitPane side;

    /**
     * @param folder the lesson's folder for its images, or null (bundled lessons)
     * @param links  what a click on a narration link does (see {@link LinkPolicy})
     */
    public LessonPlayerPane(LessonPlayerViewModel model, StepPlayback run, Path folder, Consumer<String> links) {
        this.model = model;
        this.run = run;
        setId("lesson-player");
        getStyleClass().add("lesson-player");
        SplitPane centre = new SplitPane(new TopologyView(run.playback()),
                new SequenceChartView(new SequenceChartViewModel(run.playback())));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        setCenter(centre);

        ScrollPane card = new ScrollPane(new LessonCard(model, folder, links, this::showWhy));
        card.setId("lesson-card-scroll");
        card.setFitToWidth(true);
        VBox cardAndNav = new VBox(card, navigation());
        VBox.setVgrow(card, javafx.scene.layout.Priority.ALWAYS);
        inspectors = new TabPane(new Tab("Packet", new PacketInspectorView(inspector)), new Tab("Hash decision",
                hashView));
        inspectors.setId("lesson-inspectors");
        inspectors.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side = new SplitPane(cardAndNav, inspectors);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.62);
        // A third of a wide (presenter) screen for narration in large type; never narrower than a hex-dump line.
        side.prefWidthProperty().bind(Bindings.max(SIDE_WIDTH, widthProperty().multiply(0.36)));
        side.setMinWidth(380);
        setRight(side);
        setBottom(new LessonRunBar(model, run));

        InspectorTrace.attach(run.playback(), inspector, hashView);
        run.playback().currentEventProperty().addListener((o, a, e) -> inspect(e));
    }

    private VBox navigation() {
        Button previous = new Button("\u25c0 Previous");
        previous.setId("lesson-previous");
        previous.setTooltip(new Tooltip("Previous step (Page Up)"));
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.stepIndexProperty().isEqualTo(0));
        Button next = new Button("Next \u25b6");
        next.setId("lesson-next");
        next.setTooltip(new Tooltip("Next step (Page Down); answer the question first"));
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.gateClosedProperty()
                .or(model.stepIndexProperty().isEqualTo(model.lesson().steps().size() - 1)));
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, previous, next);
        row.getStyleClass().add("lesson-nav");
        return new VBox(row);
    }

    /** Shows or hides the packet and hash-decision inspectors (presenter mode hides them). */
    public void setInspectorsShown(boolean shown) {
        if (shown && !side.getItems().contains(inspectors)) {
            side.getItems().add(inspectors);
            side.setDividerPositions(0.62);
        } else if (!shown) {
            side.getItems().remove(inspectors);
        }
    }

    /** Whether the inspectors are on screen. */
    public boolean isInspectorsShown() {
        return side.getItems().contains(inspectors);
    }

    /** The view-model shown. */
    public LessonPlayerViewModel model() {
        return model;
    }

    /** The step's run under playback. */
    public StepPlayback run() {
        return run;
    }

    /** The packet inspector's view-model (tests read it). */
    public PacketInspectorViewModel inspector() {
        return inspector;
    }

    private void showWhy() {
        int point = run.pointProperty().get();
        if (point >= 0) {
            Question q = model.step().question();
            run.playback().select(RevealTarget.of(q == null ? null : q.answer(), run.playback().getEvents(), point));
        }
    }

    private void inspect(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            inspector.show(p.packet());
            inspectors.getSelectionModel().select(0);
        } else if (e instanceof HashDecision d) {
            hashView.show(d);
            inspector.show(d.packet());
            inspectors.getSelectionModel().select(1);
        }
        if (e != null && run.playback().getCursor() == run.pointProperty().get()) {
            model.step().highlight().fields().stream().map(LessonPlayerPane::inspectorName).filter(n -> n != null)
                    .findFirst().ifPresent(inspector::selectField);
        }
    }

    /** The packet inspector's name for a lesson field, or null when it has no single row. */
    private static String inspectorName(PacketField f) {
        return switch (f) {
            case IP_SRC -> "Source";
            case IP_DST -> "Destination";
            case TCP_SRC_PORT -> "Source port";
            case TCP_DST_PORT -> "Destination port";
            case TCP_FLAGS -> "Flags";
            case MPTCP_KEY, MPTCP_C_FLAG -> "MP_CAPABLE";
            case MPTCP_TOKEN, MPTCP_JOIN_HMAC -> "MP_JOIN";
            case ADD_ADDR_ADDRESS, ADD_ADDR_ECHO -> "ADD_ADDR";
            default -> null;
        };
    }
}
