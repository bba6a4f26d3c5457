package org.mptcplab.lessons.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;

/** The optional {@code sourcePort} and {@code joinSourcePort} of a bulk application. */
class SourcePortFieldTest {
    private static final String APP_END = "\"bytes\": \"1MB\"}";

    /** The tiny scenario with {@code extra} fields added to its one application (line 28). */
    private static String withFields(String extra) throws Exception {
        String text = ScenarioLoaderTest.tiny();
        assertThat(text).contains(APP_END);
        return text.replace(APP_END, "\"bytes\": \"1MB\", " + extra + "}");
    }

    /** 1-based column of {@code needle} on line 28 of {@code text}. */
    private static int column(String text, String needle) {
        String line = text.split("\n", -1)[27];
        return line.indexOf(needle) + 1;
    }

    @Test
    void bothPortsAreReadAndWrittenBack() throws Exception {
        Scenario s = ScenarioLoader.parse("p.json", withFields(
                "\"protocol\": \"mptcp\", \"sourcePort\": 40000, \"joinSourcePort\": 40001"));

        assertThat(s.applications()).singleElement().isInstanceOfSatisfying(BulkSpec.class, b -> {
            assertThat(b.sourcePort()).isEqualTo(40_000);
            assertThat(b.joinSourcePort()).isEqualTo(40_001);
        });
        String json = ScenarioWriter.toJson(s);
        assertThat(json).contains("\"sourcePort\" : 40000").contains("\"joinSourcePort\" : 40001");
        assertThat(ScenarioLoader.parse("again.json", json)).isEqualTo(s);
    }

    @Test
    void leftOutTheyMeanEphemeralAndAreNotWritten() throws Exception {
        Scenario s = ScenarioLoader.parse("p.json", ScenarioLoaderTest.tiny());

        assertThat(s.applications()).singleElement().isInstanceOfSatisfying(BulkSpec.class, b -> {
            assertThat(b.sourcePort()).isZero();
            assertThat(b.joinSourcePort()).isZero();
        });
        assertThat(ScenarioWriter.toJson(s)).doesNotContain("sourcePort").doesNotContain("SourcePort");
    }

    @Test
    void aPortOutsideOneTo65535IsRefusedWhereItStands() throws Exception {
        for (String bad : new String[] {"0", "65536", "-5"}) {
            String text = withFields("\"sourcePort\": " + bad);
            assertThatThrownBy(() -> ScenarioLoader.parse("p.json", text)).isInstanceOf(ScenarioLoadException.class)
                    .hasMessage("p.json:28:" + column(text, bad + "}") + ": applications[0].sourcePort: must be in "
                            + "1..65535, got " + bad);
        }
    }

    @Test
    void aPortThatIsNotAWholeNumberIsRefused() throws Exception {
        String text = withFields("\"protocol\": \"mptcp\", \"joinSourcePort\": \"40000\"");

        assertThatThrownBy(() -> ScenarioLoader.parse("p.json", text))
                .hasMessageStartingWith("p.json:28:" + column(text, "\"40000\"")
                        + ": applications[0].joinSourcePort: expected a whole number");
    }

    @Test
    void aJoinPortOverPlainTcpIsRefused() throws Exception {
        String text = withFields("\"joinSourcePort\": 40001");

        assertThatThrownBy(() -> ScenarioLoader.parse("p.json", text))
                .hasMessage("p.json:28:" + column(text, "40001") + ": applications[0].joinSourcePort: "
                        + "\"joinSourcePort\" needs \"protocol\": \"mptcp\" (only MPTCP opens a JOIN)");
    }

    /** docs/scenarios.md names these two ports for the "it is luck" lesson. */
    @Test
    void inThePlainScenarioJoinPort40000IsLuckyAnd40001IsNot() throws Exception {
        Scenario plain = ScenarioLoader.builtIn("l4lb-mptcp-plain");
        BulkSpec b = (BulkSpec) plain.applications().get(0);

        RunSummary lucky = ScenarioRun.build(withApp(plain, b.withJoinSourcePort(40_000))).run();
        RunSummary unlucky = ScenarioRun.build(withApp(plain, b.withJoinSourcePort(40_001))).run();

        assertThat(lucky.connections()).singleElement().satisfies(c -> {
            assertThat(c.subflowsEstablished()).isEqualTo(2);
            assertThat(c.rstReceived()).isZero();
        });
        assertThat(unlucky.connections()).singleElement().satisfies(c -> {
            assertThat(c.subflowsEstablished()).isEqualTo(1);
            assertThat(c.rstReceived()).isPositive();
        });
    }

    private static Scenario withApp(Scenario s, BulkSpec app) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), s.nodes(), s.links(), s.routing(), List.of(app), s.faults(), s.events());
    }

    @Test
    void aMisspeltFieldSuggestsTheRightOne() throws Exception {
        String text = withFields("\"sourcePrt\": 40000");

        assertThatThrownBy(() -> ScenarioLoader.parse("p.json", text))
                .hasMessageContaining("applications[0].sourcePrt: unknown field \"sourcePrt\"")
                .hasMessageContaining("\"sourcePort\"");
    }
}
