package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Problem;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;

/**
 * The scenario editor without a window: the list of nodes and links, the selected one, its
 * properties, edits with undo/redo, and "Run". An edit that does not parse or that
 * {@link ScenarioValidator} refuses leaves the scenario as it was and puts a message under the
 * property's key in {@link #errors()}, so the model is never invalid.
 */
public final class ScenarioEditorViewModel {
    /** Error key for adding or removing backends. */
    public static final String BACKENDS_KEY = "backends";
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EditorElement> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EditorElement> elements = FXCollections.observableArrayList();
    private final ObservableList<EditorProperty> properties = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<EditorElement> elementsView = FXCollections.unmodifiableObservableList(elements);
    private final ObservableList<EditorProperty> propertiesView = FXCollections.unmodifiableObservableList(properties);
    private final ObservableMap<String, String> errorsView = FXCollections.unmodifiableObservableMap(errors);
    private final UndoStack undo = new UndoStack();
    private Consumer<Scenario> runner = s -> { };

    /** An editor for {@code initial}, which must be valid (a loaded or built-in scenario is). */
    public ScenarioEditorViewModel(Scenario initial) {
        show(Objects.requireNonNull(initial, "initial"));
    }

    /** Selects {@code element} (null clears the selection) and lists its properties. */
    public void select(EditorElement element) {
        errors.clear();
        selected.set(element == null ? null : resolve(scenario.get(), element).orElse(null));
        refreshProperties();
    }

    /** Selects the node or link shown as {@code name}; false when there is none. */
    public boolean select(String name) {
        Optional<EditorElement> e = elements.stream().filter(x -> x.name().equals(name)).findFirst();
        e.ifPresent(this::select);
        return e.isPresent();
    }

    /**
     * Sets property {@code key} of the selected element to {@code text}. Returns true when the scenario
     * changed; false when the value was refused (message in {@link #errors()}) or is unchanged.
     */
    public boolean edit(String key, String text) {
        EditorElement e = selected.get();
        if (e == null) {
            return false;
        }
        String label = e.name() + ": " + key + " = " + text.strip();
        return apply(key, label, s -> e.link()
                ? ScenarioEdits.withLink(s, e.index(), LinkProperties.apply(s.links().get(e.index()), key, text))
                : ScenarioEdits.withNode(s, NodeProperties.apply(s.node(e.name()).orElseThrow(), key, text)));
    }

    /** Adds a copy of the selected load balancer's last backend (see {@link BackendCloner}). */
    public boolean addBackend() {
        EditorElement e = selected.get();
        if (e == null || e.link()) {
            return false;
        }
        return apply(BACKENDS_KEY, e.name() + ": add backend", s -> BackendCloner.addBackend(s, e.name()));
    }

    /** Takes {@code node} out of the selected load balancer's backends (the host stays in the topology). */
    public boolean removeBackend(String node) {
        EditorElement e = selected.get();
        if (e == null || e.link()) {
            return false;
        }
        return apply(BACKENDS_KEY, e.name() + ": remove backend " + node,
                s -> BackendCloner.removeBackend(s, e.name(), node));
    }

    /** Backends of the selected load balancer, empty for anything else. */
    public List<String> backends() {
        EditorElement e = selected.get();
        if (e != null && !e.link() && scenario.get().node(e.name()).orElse(null) instanceof LoadBalancerSpec lb) {
            return lb.backends().stream().map(b -> b.node()).toList();
        }
        return List.of();
    }

    private boolean apply(String key, String label, UnaryOperator<Scenario> change) {
        Scenario before = scenario.get();
        Scenario after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException ex) {
            errors.put(key, ex.getMessage());
            return false;
        }
        Optional<String> problem = newProblem(before, after, key);
        if (problem.isPresent()) {
            errors.put(key, problem.get());
            return false;
        }
        errors.remove(key);
        if (after.equals(before)) {
            return false;
        }
        undo.push(new UndoStack.Edit(label, before, after));
        show(after);
        return true;
    }

    /** The first problem {@code after} has that {@code before} did not, phrased for the field {@code key}. */
    private Optional<String> newProblem(Scenario before, Scenario after, String key) {
        Set<String> old = ScenarioValidator.validate(before).stream().map(Problem::toString)
                .collect(Collectors.toSet());
        for (Problem p : ScenarioValidator.validate(after)) {
            if (!old.contains(p.toString())) {
                // The message sits next to the field already; other fields need their path.
                return Optional.of(p.path().endsWith("." + key) ? p.message() : p.path() + ": " + p.message());
            }
        }
        return Optional.empty();
    }

    /** Reverts the last edit; false when there is none. */
    public boolean undo() {
        UndoStack.Edit e = undo.undo();
        if (e != null) {
            errors.clear();
            show(e.before());
        }
        return e != null;
    }

    /** Applies the last undone edit again; false when there is none. */
    public boolean redo() {
        UndoStack.Edit e = undo.redo();
        if (e != null) {
            errors.clear();
            show(e.after());
        }
        return e != null;
    }

    /** Hands the current scenario to whoever runs it (the run view). */
    public void run() {
        runner.accept(scenario.get());
    }

    /** Who runs the scenario on {@link #run()}. */
    public void setOnRun(Consumer<Scenario> runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    private void show(Scenario s) {
        scenario.set(s);
        List<EditorElement> list = new ArrayList<>();
        for (NodeSpec n : s.nodes()) {
            list.add(EditorElement.node(n.name(), n.type()));
        }
        List<String> linkNames = s.linkNames();
        for (int i = 0; i < linkNames.size(); i++) {
            list.add(EditorElement.link(i, linkNames.get(i)));
        }
        elements.setAll(list);
        EditorElement sel = selected.get();
        selected.set(sel == null ? null : resolve(s, sel).orElse(null));
        refreshProperties();
    }

    private static Optional<EditorElement> resolve(Scenario s, EditorElement e) {
        if (e.link()) {
            return e.index() < s.links().size() ? Optional.of(EditorElement.link(e.index(),
                    s.linkNames().get(e.index()))) : Optional.empty();
        }
        return s.node(e.name()).map(n -> EditorElement.node(n.name(), n.type()));
    }

    private void refreshProperties() {
        EditorElement e = selected.get();
        Scenario s = scenario.get();
        properties.setAll(e == null ? List.of() : e.link() ? LinkProperties.of(s.links().get(e.index()))
                : NodeProperties.of(s.node(e.name()).orElseThrow()));
    }

    /** The value of property {@code key} of the selected element, or empty. */
    public Optional<String> value(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).map(EditorProperty::value).findFirst();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<EditorElement> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Nodes in scenario order, then links. */
    public ObservableList<EditorElement> elements() {
        return elementsView;
    }

    /** Properties of the selected element. */
    public ObservableList<EditorProperty> properties() {
        return propertiesView;
    }

    /** Refusal messages by property key (or {@link #BACKENDS_KEY}). */
    public ObservableMap<String, String> errors() {
        return errorsView;
    }

    /** The undo stack (its can-undo / can-redo properties drive the buttons). */
    public UndoStack undoStack() {
        return undo;
    }
}
