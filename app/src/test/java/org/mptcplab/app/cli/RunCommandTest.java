package org.mptcplab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mptcplab.engine.pcap.PcapReader;

class RunCommandTest {
    /** The loader's malformed corpus, shared with the lessons module's tests (Maven runs tests from the module folder). */
    static final Path CORPUS = Path.of("..", "lessons", "src", "test", "resources", "org", "mptcplab", "lessons",
            "scenario", "malformed");

    @TempDir
    Path logs;
    @TempDir
    Path out;

    private CliHarness.Result run(String... args) {
        return new CliHarness(logs).run(args);
    }

    @Test
    void aBuiltInScenarioPrintsItsAssumptionsAndOneRowPerConnection() {
        CliHarness.Result r = run("run", "l4lb-tcp");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines().get(0)).isEqualTo("Scenario l4lb-tcp: TCP through an L4 load balancer (seed 1)");
        assertThat(r.out()).contains("Assumptions:\n  - Client: two access links");
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l.split("\\s+"))
                .containsSequence("download", "client", "tcp", "10000000"));
        assertThat(r.out()).contains("Totals: 1 connection(s), 1 completed, 10000000 bytes");
    }

    @Test
    void jsonIsOneObjectWithEveryConnectionField() throws IOException {
        CliHarness.Result r = run("run", "l4lb-mptcp-plain", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("scenario").asText()).isEqualTo("l4lb-mptcp-plain");
        assertThat(json.get("seed").asLong()).isEqualTo(1);
        assertThat(json.get("assumptions").size()).isPositive();
        JsonNode c = json.get("connections").get(0);
        assertThat(c.get("kind").asText()).isEqualTo("mptcp");
        assertThat(c.get("bytes").asLong()).isEqualTo(10_000_000);
        assertThat(c.get("goodputMbps").asDouble()).isPositive();
        assertThat(c.get("completionTime").asDouble()).isPositive();
        assertThat(c.get("subflowsEstablished").asInt()).isEqualTo(1);
        assertThat(c.get("subflowsRefused").asInt()).isEqualTo(1);
        assertThat(c.get("rstSent").asInt()).isZero();
        assertThat(c.get("rstReceived").asInt()).isEqualTo(1);
        assertThat(json.get("totals").get("subflowsRefused").asInt()).isEqualTo(1);
    }

    @Test
    void theSeedOptionOverridesTheScenariosSeed() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("run", "l4lb-tcp", "--seed", "42", "--json").out());
        assertThat(json.get("seed").asLong()).isEqualTo(42);
    }

    @Test
    void pcapWritesOneCapturePerHostAndLoadBalancer() throws IOException {
        Path dir = out.resolve("captures");
        assertThat(run("run", "l4lb-tcp", "--pcap", dir.toString()).exitCode()).isZero();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("client.pcap", "lb.pcap", "s1.pcap", "s2.pcap", "s3.pcap");
        }
        assertThat(PcapReader.readAll(dir.resolve("client.pcap"))).hasSizeGreaterThan(5000);
        assertThat(PcapReader.readAll(dir.resolve("lb.pcap"))).isNotEmpty();
    }

    @Test
    void traceWritesOneJsonObjectPerLine() throws IOException {
        Path trace = out.resolve("trace.jsonl");
        assertThat(run("run", "l4lb-tcp", "--trace", trace.toString()).exitCode()).isZero();

        List<String> lines = Files.readAllLines(trace);
        assertThat(lines).hasSizeGreaterThan(1000);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : List.of(lines.get(0), lines.get(lines.size() / 2), lines.get(lines.size() - 1))) {
            assertThat(mapper.readTree(line).fieldNames()).toIterable().startsWith("t", "node", "type");
        }
    }

    @Test
    void aScenarioFileRuns() throws IOException {
        Path file = out.resolve("mine.json");
        Files.copy(Path.of("..", "lessons", "src", "test", "resources", "org", "mptcplab", "lessons", "scenario",
                "valid", "tiny-l4lb.json"), file);
        CliHarness.Result r = run("run", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines().get(0)).startsWith("Scenario tiny-l4lb:");
    }

    @Test
    void anUnknownScenarioListsTheBuiltInIds() {
        CliHarness.Result r = run("run", "l4lb-tpc");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("mptcp-lab: unknown scenario 'l4lb-tpc' (built-in: l4lb-tcp, l4lb-mptcp-plain,")
                .contains("paper-anycast"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLine() {
        CliHarness.Result r = run("run", out.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).containsExactly("mptcp-lab: no such file: " + out.resolve("nope.json"));
    }

    @Test
    void anUnwritableTraceIsAUserMistake() {
        CliHarness.Result r = run("run", "l4lb-tcp", "--trace", out.resolve("no/such/dir/t.jsonl").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("mptcp-lab: cannot write the trace to "));
    }

    static Stream<Path> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFileExitsTwoWithOneLocatedLineAndNoStackTrace(Path file) {
        CliHarness.Result r = run("run", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("mptcp-lab: " + file + ":").matches("mptcp-lab: .+:\\d+:\\d+: .+"));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }
}
