package org.mptcplab.lessons.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.Scenario;

class ScenarioWriterTest {
    @Test
    void everyCatalogueScenarioSurvivesARoundTrip() throws Exception {
        for (String id : BuiltInScenarios.ids()) {
            Scenario s = ScenarioLoader.builtIn(id);
            String json = ScenarioWriter.toJson(s);
            Scenario back = ScenarioLoader.parse(id + ".json", json);
            assertThat(back).as(id).isEqualTo(s);
            assertThat(ScenarioWriter.toJson(back)).as(id).isEqualTo(json);
        }
    }

    @Test
    void writtenFilesStartWithTheVersionAndSpellUnits() throws Exception {
        String json = ScenarioWriter.toJson(ScenarioLoader.builtIn("l4lb-tcp"));
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : \"l4lb-tcp\"");
        assertThat(json).contains("\"rate\" : \"1Gbps\"").contains("\"delay\" : \"5ms\"").endsWith("}\n");
    }

    @Property(tries = 60)
    void variedScalarsSurviveARoundTrip(@ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long durationNs,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int lossPerMille) throws Exception {
        String text = ScenarioLoaderTest.tiny().replace("\"duration\": \"10s\"", "\"duration\": \"" + durationNs
                + "ns\", \"seed\": " + seed).replace("\"loss\": 0}", "\"loss\": " + lossPerMille / 1000.0 + "}");
        Scenario s = ScenarioLoader.parse("v.json", text);
        assertThat(ScenarioLoader.parse("w.json", ScenarioWriter.toJson(s))).isEqualTo(s);
    }
}
