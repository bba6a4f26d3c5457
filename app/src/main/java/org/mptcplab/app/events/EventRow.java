package org.mptcplab.app.events;

import org.mptcplab.app.playback.EventKind;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * One table row.
 *
 * @param index   position of the event in the trace
 * @param event   the event
 * @param kind    its kind
 * @param summary one line of text
 */
public record EventRow(int index, TraceEvent event, EventKind kind, String summary) {

    /** Time in milliseconds with microsecond precision, e.g. "12.345". */
    public String timeText() {
        return String.format(java.util.Locale.ROOT, "%.3f", event.time() / 1e6);
    }

    /** The node where it happened. */
    public String node() {
        return event.node();
    }
}
