package org.mptcplab.lessons.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.TraceRecorder;

/** The complete example of docs/scenarios.md loads and does what the text after it says. */
class DocumentationExampleTest {
    /** Maven runs the tests of a module from its folder. */
    private static final Path DOC = Path.of("..", "docs", "scenarios.md");

    private static String example() throws Exception {
        String doc = Files.readString(DOC);
        int section = doc.indexOf("## A complete example");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theCompleteExampleRunsAsDescribed() throws Exception {
        Scenario s = ScenarioLoader.parse("scenarios.md example", example());
        TraceRecorder recorder = new TraceRecorder();
        RunSummary summary = ScenarioRun.build(s).addSink(recorder).run();

        assertThat(recorder.ofType(AddAddrEvent.class)).extracting(AddAddrEvent::action)
                .contains(AddAddrEvent.Action.RETRANSMITTED, AddAddrEvent.Action.ECHO_RECEIVED);
        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(2);
            assertThat(c.rstReceived()).isZero();
        });
    }
}
