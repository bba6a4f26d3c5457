package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.events.EventRow;
import org.mptcplab.app.playback.RecordedRun;

/** The event table as RFC 4180 CSV. */
class EventCsvTest {

    @Test
    void aRecordedRunGivesAHeaderAndOneRecordPerEventWithTheTableColumns() throws Exception {
        RecordedRun run = RecordedRuns.builtIn("l4lb-mptcp-plain");
        List<EventRow> rows = EventCsv.rows(run.events());

        List<List<String>> records = Rfc4180.parse(EventCsv.toCsv(rows));

        assertThat(records).hasSize(run.events().size() + 1);
        assertThat(records.get(0)).containsExactly("step", "time_ms", "node", "kind", "summary");
        for (int i = 0; i < rows.size(); i++) {
            EventRow r = rows.get(i);
            assertThat(records.get(i + 1)).containsExactly(Integer.toString(i), r.timeText(), r.node(),
                    r.kind().name(), r.summary());
        }
    }

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedWithInnerQuotesDoubled() {
        assertThat(EventCsv.field("SYN + MP_CAPABLE")).isEqualTo("SYN + MP_CAPABLE");
        assertThat(EventCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(EventCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EventCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(EventCsv.field("")).isEmpty();
    }

    @Property
    void anyFieldsReadBackUnchanged(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 12)
            @Chars({',', '"', '\r', '\n', ' '}) @CharRange(from = 'a', to = 'e') String> fields) {
        List<String> quoted = new ArrayList<>();
        fields.forEach(f -> quoted.add(EventCsv.field(f)));

        List<List<String>> records = Rfc4180.parse(String.join(",", quoted) + "\r\n");

        assertThat(records).containsExactly(fields);
    }
}
