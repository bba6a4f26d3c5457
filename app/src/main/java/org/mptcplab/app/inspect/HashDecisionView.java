package org.mptcplab.app.inspect;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.TraceEvent;

/** A two-column grid of {@link HashDecisionInspector#rows(HashDecision, List)}; a hint when no decision is shown. */
public final class HashDecisionView extends GridPane {
    private Supplier<List<TraceEvent>> trace = List::of;

    /** An empty view. */
    public HashDecisionView() {
        getStyleClass().add("hash-decision");
        setId("hash-decision");
        setHgap(8);
        setVgap(2);
        show(null);
    }

    /**
     * Where the trace up to the cursor comes from; an MP_JOIN SYN's decision needs it to find the
     * initial subflow's. Without one, that row says none was found.
     */
    public void traceSource(Supplier<List<TraceEvent>> upToCursor) {
        trace = upToCursor;
    }

    /** Shows {@code decision}, or a hint when null. */
    public void show(HashDecision decision) {
        getChildren().clear();
        if (decision == null) {
            add(new Label("Select a hash decision (LB or ECMP router) to see how it was made."), 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (Map.Entry<String, String> e : HashDecisionInspector.rows(decision, trace.get())) {
            Label value = new Label(e.getValue());
            value.setWrapText(true);
            value.setId("hash-" + e.getKey().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            add(new Label(e.getKey()), 0, row);
            add(value, 1, row++);
        }
    }
}
