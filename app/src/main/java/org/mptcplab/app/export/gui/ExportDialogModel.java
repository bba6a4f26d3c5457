package org.mptcplab.app.export.gui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportOptions;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.LabelDetail;
import org.mptcplab.app.export.StepRange;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;

/**
 * State of the File &gt; Export dialog for one run: every choice as a property, a one-line problem
 * while the choices cannot be exported, and the {@link ExportRequest} they amount to. Starts from the
 * session's last choices; routers are not lanes by default (their packets show at the hosts and
 * balancers around them), every other node is.
 */
public final class ExportDialogModel {
    /** Most steps one export may hold: a slide deck, not a film. */
    public static final int MAX_STEPS = 500;
    private final RunSnapshot snapshot;
    private final ObservableList<ExportView> views;
    private final ObjectProperty<ExportView> view;
    private final ObjectProperty<ExportFormat> format;
    private final BooleanProperty range;
    private final IntegerProperty from;
    private final IntegerProperty to;
    private final ObservableList<Choice<String>> lanes = FXCollections.observableArrayList();
    private final ObservableList<Choice<EventKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<LabelDetail> labels;
    private final ObjectProperty<DiagramTheme> theme;
    private final DoubleProperty fontSize;
    private final DoubleProperty pngScale;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** A dialog state for {@code snapshot}, offering {@code views}, starting from {@code last}. */
    public ExportDialogModel(RunSnapshot snapshot, List<ExportView> views, ExportChoices last) {
        this.snapshot = snapshot;
        this.views = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(views));
        // A compare window exports the comparison unless told otherwise, whatever the last export was.
        boolean compare = views.contains(ExportView.COMPARE);
        view = new SimpleObjectProperty<>(!compare && views.contains(last.view()) ? last.view() : views.get(0));
        format = new SimpleObjectProperty<>(last.format());
        range = new SimpleBooleanProperty(last.range());
        from = new SimpleIntegerProperty(snapshot.step());
        to = new SimpleIntegerProperty(Math.max(snapshot.step(),
                Math.min(snapshot.lastStep(), snapshot.step() + last.rangeLength() - 1)));
        for (NodeInfo n : snapshot.run().topology().nodes()) {
            boolean lane = isDefaultLane(n) ? !last.hiddenLanes().contains(n.name())
                    : last.extraLanes().contains(n.name());
            lanes.add(new Choice<>(n.name(), n.name() + "  (" + n.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    lane));
        }
        for (EventKind k : ExportChoices.packetKinds()) {
            kinds.add(new Choice<>(k, k.label(), last.kinds().isEmpty() || last.kinds().contains(k)));
        }
        labels = new SimpleObjectProperty<>(last.labels());
        theme = new SimpleObjectProperty<>(last.theme());
        fontSize = new SimpleDoubleProperty(last.fontSize());
        pngScale = new SimpleDoubleProperty(last.pngScale());
        List<Observable> inputs = new ArrayList<>(List.of(view, format, range, from, to, fontSize, pngScale));
        lanes.forEach(c -> inputs.add(c.selectedProperty()));
        kinds.forEach(c -> inputs.add(c.selectedProperty()));
        inputs.forEach(o -> o.addListener(x -> {
            problem.set(check());
            revision.set(revision.get() + 1);
        }));
        problem.set(check());
    }

    private static boolean isDefaultLane(NodeInfo n) {
        return n.role() != NodeRole.ROUTER;
    }

    private String check() {
        int last = snapshot.lastStep();
        if (range.get()) {
            if (from.get() < -1 || to.get() > last || from.get() > to.get()) {
                return "Steps must run from -1 up to " + last + ", the first no later than the last.";
            }
            if (to.get() - from.get() + 1 > MAX_STEPS) {
                return "At most " + MAX_STEPS + " steps in one export.";
            }
        }
        if (lanes.stream().noneMatch(Choice::isSelected)) {
            return "Choose at least one node as a lane.";
        }
        if (kinds.stream().noneMatch(Choice::isSelected)) {
            return "Choose at least one packet kind.";
        }
        if (!(fontSize.get() >= 6 && fontSize.get() <= 48)) {
            return "Font size must be between 6 and 48 points.";
        }
        if (!(pngScale.get() > 0 && pngScale.get() <= 8)) {
            return "PNG scale must be above 0 and at most 8.";
        }
        return "";
    }

    /** The steps chosen: the current one, or the range. */
    public StepRange steps() {
        return range.get() ? new StepRange(from.get(), to.get()) : StepRange.single(snapshot.step());
    }

    /**
     * The export these choices describe.
     *
     * @throws IllegalStateException while {@link #problemProperty()} is not empty
     */
    public ExportRequest request() {
        if (!problem.get().isEmpty()) {
            throw new IllegalStateException(problem.get());
        }
        // The ticked lanes, always named: the exporter's own default leaves out idle nodes, and the
        // figure should show what the checklist shows.
        List<String> chosen = lanes.stream().filter(Choice::isSelected).map(Choice::value).toList();
        Set<String> kindNames = new TreeSet<>();
        kinds.stream().filter(Choice::isSelected).forEach(c -> kindNames.add(c.value().name()));
        boolean allKinds = kindNames.size() == kinds.size();
        ExportOptions options = new ExportOptions(chosen,
                allKinds ? Set.of() : kindNames, labels.get(), theme.get(), fontSize.get(), pngScale.get());
        return new ExportRequest(view.get(), format.get(), steps(), options);
    }

    /** The choices to remember for the session's next export. */
    public ExportChoices choices() {
        Set<String> hidden = new TreeSet<>();
        Set<String> extra = new TreeSet<>();
        for (Choice<String> c : lanes) {
            boolean byDefault = snapshot.run().topology().node(c.value()).map(ExportDialogModel::isDefaultLane)
                    .orElse(false);
            if (byDefault && !c.isSelected()) {
                hidden.add(c.value());
            } else if (!byDefault && c.isSelected()) {
                extra.add(c.value());
            }
        }
        Set<EventKind> shown = EnumSet.noneOf(EventKind.class);
        kinds.stream().filter(Choice::isSelected).forEach(c -> shown.add(c.value()));
        int length = Math.max(1, to.get() - from.get() + 1);
        return new ExportChoices(view.get(), format.get(), range.get(), length, hidden, extra, shown, labels.get(),
                theme.get(), fontSize.get(), pngScale.get());
    }

    /** The run exported. */
    public RunSnapshot snapshot() {
        return snapshot;
    }

    /** The views this export can draw (COMPARE only from a compare window). */
    public ObservableList<ExportView> views() {
        return views;
    }

    public ObjectProperty<ExportView> viewProperty() {
        return view;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** False: the current step only; true: {@link #fromProperty()}..{@link #toProperty()}. */
    public BooleanProperty rangeProperty() {
        return range;
    }

    public IntegerProperty fromProperty() {
        return from;
    }

    public IntegerProperty toProperty() {
        return to;
    }

    /** Every node of the run; the ticked ones become lanes, in this order. */
    public ObservableList<Choice<String>> lanes() {
        return lanes;
    }

    /** Every packet kind; the ticked ones are drawn. */
    public ObservableList<Choice<EventKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<LabelDetail> labelsProperty() {
        return labels;
    }

    public ObjectProperty<DiagramTheme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public DoubleProperty pngScaleProperty() {
        return pngScale;
    }

    /** Counts changes of any choice, so a preview knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Why the choices cannot be exported, empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
