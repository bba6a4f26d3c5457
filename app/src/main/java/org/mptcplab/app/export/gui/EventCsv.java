package org.mptcplab.app.export.gui;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.app.events.EventRow;
import org.mptcplab.app.events.EventSummaries;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The event table as CSV (RFC 4180): a header line, then one record per event with the columns of the
 * table (step, time, node, kind, summary). Records end with CRLF as section 2 rule 1 asks; a field is
 * quoted when it holds a comma, a double quote, CR or LF, and a double quote inside it is doubled
 * (rules 6 and 7). Kinds are written as their enum names so that a spreadsheet filter matches the
 * export options ({@code MP_JOIN}, {@code DSS_DATA}).
 */
public final class EventCsv {
    /** The header record. */
    public static final List<String> HEADER = List.of("step", "time_ms", "node", "kind", "summary");
    private static final String CRLF = "\r\n";

    private EventCsv() {
    }

    /** One row per event of {@code trace}, as the event table shows them (all kinds, all nodes). */
    public static List<EventRow> rows(List<TraceEvent> trace) {
        List<EventRow> rows = new ArrayList<>(trace.size());
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            rows.add(new EventRow(i, e, EventKinds.of(e), EventSummaries.of(e)));
        }
        return rows;
    }

    /** The CSV text of {@code rows}, header first. */
    public static String toCsv(List<EventRow> rows) {
        StringBuilder out = new StringBuilder(64 * (rows.size() + 1));
        appendRecord(out, HEADER);
        for (EventRow r : rows) {
            appendRecord(out, List.of(Integer.toString(r.index()), r.timeText(), r.node(), r.kind().name(),
                    r.summary()));
        }
        return out.toString();
    }

    /** {@code field} quoted as RFC 4180 section 2 rules 6 and 7 require, unchanged when it needs no quotes. */
    public static String field(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0
                && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i) == null ? "" : fields.get(i)));
        }
        out.append(CRLF);
    }
}
