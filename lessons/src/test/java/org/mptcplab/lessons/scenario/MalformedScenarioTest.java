package org.mptcplab.lessons.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed scenario files under {@code malformed/}: each gives exactly one message,
 * naming the file, line, column and (when the problem is about a field) its path.
 */
class MalformedScenarioTest {
    /** Where the corpus lives, for tests of other modules that feed it to the command line. */
    static final String FOLDER = "/org/mptcplab/lessons/scenario/malformed/";

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("app-from-unknown-node.json",
                        "app-from-unknown-node.json:28:45: applications[0].from: unknown node \"laptop\" (known: "
                        + "client, r1, lb, s1, s2)"),
                Arguments.of("backend-without-vip.json",
                        "backend-without-vip.json:14:67: nodes[2].backends[1].node: s2 must hold the VIP 1.2.3.4 "
                        + "in its localAddresses for direct server return"),
                Arguments.of("bad-address-syntax.json",
                        "bad-address-syntax.json:12:51: nodes[2].vip: bad IP address \"1.2.3.400\" (expected e.g. "
                        + "192.0.2.1 or 2001:db8::1)"),
                Arguments.of("bad-boolean.json",
                        "bad-boolean.json:9:52: nodes[0].tcp.sack: expected true or false, got the string \"yes\""),
                Arguments.of("bad-unit.json",
                        "bad-unit.json:20:34: links[0].delay: bad duration \"5 parsecs\": unknown unit \"parsecs\" "
                        + "(expected a number with a unit such as 200us, 5ms or 1.5s)"),
                Arguments.of("deep-nesting.json",
                        "deep-nesting.json:1:59: nested more than 32 levels deep"),
                Arguments.of("duplicate-address.json",
                        "duplicate-address.json:25:37: links[5].a.address: address 10.0.0.1 is already used by "
                        + "links[4].a (s1)"),
                Arguments.of("duplicate-field.json",
                        "duplicate-field.json:5:10: duplicate field \"title\""),
                Arguments.of("duplicate-node-name.json",
                        "duplicate-node-name.json:16:14: nodes[4].name: duplicate node name \"s1\" (already used by "
                        + "nodes[3])"),
                Arguments.of("empty.json",
                        "empty.json:1:1: empty file (expected a JSON object)"),
                Arguments.of("endpoint-not-on-interface.json",
                        "endpoint-not-on-interface.json:10:59: nodes[0].mptcp.endpoints[0].address: 198.51.100.1 "
                        + "is not an address of client (its addresses: 192.0.2.1)"),
                Arguments.of("fault-unknown-link.json",
                        "fault-unknown-link.json:31:33: faults[0].link: unknown link \"client-lb\" (known: "
                        + "client-r1, r1-lb, lb-s1, lb-s2, s1-r1, s2-r1)"),
                Arguments.of("loss-out-of-range.json",
                        "loss-out-of-range.json:20:49: links[0].loss: loss must be between 0 and 1 (0% and 100%), "
                        + "got 1.5"),
                Arguments.of("maglev-not-prime.json",
                        "maglev-not-prime.json:13:52: nodes[2].selector.tableSize: Maglev table size must be "
                        + "prime, got 12 (e.g. 13, 251 or 65537)"),
                Arguments.of("missing-node-name.json",
                        "missing-node-name.json:11:5: nodes[1].name: missing required field \"name\""),
                Arguments.of("misspelt-choice.json",
                        "misspelt-choice.json:12:76: nodes[2].forwarding: unknown value \"dsrr\" (did you mean "
                        + "\"dsr\"?)"),
                Arguments.of("negative-duration.json",
                        "negative-duration.json:6:15: duration: duration must be positive, got -10s"),
                Arguments.of("negative-rate.json",
                        "negative-rate.json:20:14: links[0].rate: rate must be positive, got -100Mbps"),
                Arguments.of("nodes-not-an-array.json",
                        "nodes-not-an-array.json:7:12: nodes: expected an array, got an object"),
                Arguments.of("not-an-object.json",
                        "not-an-object.json:1:1: expected a JSON object at the top level, got an array"),
                Arguments.of("not-utf8.json",
                        "not-utf8.json:1:1: not UTF-8 text"),
                Arguments.of("port-missing.json",
                        "port-missing.json:28:61: applications[0].to: expected address:port such as 1.2.3.4:80 or "
                        + "[2001:db8::1]:80, got \"1.2.3.4\""),
                Arguments.of("schema-version-2.json",
                        "schema-version-2.json:2:20: schemaVersion: unsupported schema version 2 (this build "
                        + "reads 1)"),
                Arguments.of("schema-version-missing.json",
                        "schema-version-missing.json:1:1: schemaVersion: missing required field \"schemaVersion\" "
                        + "(this build reads 1)"),
                Arguments.of("schema-version-string.json",
                        "schema-version-string.json:2:20: schemaVersion: expected a whole number, got the string "
                        + "\"1\""),
                Arguments.of("syntax-error.json",
                        "syntax-error.json:6:21: invalid JSON: unexpected character ',': was expecting "
                        + "double-quote to start field name"),
                Arguments.of("truncated.json",
                        "truncated.json:19:10: truncated JSON: the file ends inside an object that is never "
                        + "closed"),
                Arguments.of("unknown-link-field.json",
                        "unknown-link-field.json:20:6: links[0].rat: unknown field \"rat\" (did you mean \"rate\"?)"),
                Arguments.of("unknown-node-in-link.json",
                        "unknown-node-in-link.json:23:22: links[3].b: unknown node \"s4\" (known: client, r1, lb, "
                        + "s1, s2)"),
                Arguments.of("unknown-node-type.json",
                        "unknown-node-type.json:11:28: nodes[1].type: unknown node type \"switch\" (expected one "
                        + "of: host, router, loadBalancer)"),
                Arguments.of("unknown-top-field.json",
                        "unknown-top-field.json:18:3: linkz: unknown field \"linkz\" (did you mean \"links\"?)"));
    }

    static byte[] read(String file) throws IOException {
        try (InputStream in = MalformedScenarioTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("corpus file %s", file).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFileGivesOneMessageWithItsLocation(String file, String expected) throws IOException {
        byte[] content = read(file);
        assertThatThrownBy(() -> ScenarioLoader.parse(file, content)).isInstanceOf(ScenarioLoadException.class)
                .hasMessage(expected).hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
    }

    @Test
    void theCorpusHasAtLeastTwentyFilesAndEveryOneIsInTheTable() throws Exception {
        Path folder = Path.of(MalformedScenarioTest.class.getResource(FOLDER).toURI());
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20)
                .containsExactlyInAnyOrderElementsOf(corpus().map(a -> (String) a.get()[0]).toList());
    }

    @Test
    void theExceptionKeepsTheLocationPartsApart() throws IOException {
        ScenarioLoadException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioLoadException.class,
                () -> ScenarioLoader.parse("unknown-node-in-link.json", read("unknown-node-in-link.json")));
        assertThat(e.file()).isEqualTo("unknown-node-in-link.json");
        assertThat(e.line()).isEqualTo(23);
        assertThat(e.column()).isEqualTo(22);
        assertThat(e.path()).isEqualTo("links[3].b");
        assertThat(e.problem()).startsWith("unknown node \"s4\"");
    }
}
