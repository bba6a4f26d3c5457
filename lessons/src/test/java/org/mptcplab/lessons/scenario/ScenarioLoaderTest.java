package org.mptcplab.lessons.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.TcpFlags;

class ScenarioLoaderTest {
    static String tiny() throws IOException {
        try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/org/mptcplab/lessons/scenario/valid/tiny-l4lb.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidFileBecomesTheScenarioItDescribes() throws Exception {
        Scenario s = ScenarioLoader.parse("tiny.json", tiny());
        assertThat(s.id()).isEqualTo("tiny-l4lb");
        assertThat(s.duration()).isEqualTo(Time.seconds(10));
        assertThat(s.nodeNames()).containsExactly("client", "r1", "lb", "s1", "s2");
        assertThat(s.linkNames()).containsExactly("client-r1", "r1-lb", "lb-s1", "lb-s2", "s1-r1", "s2-r1");
        LinkSpec access = s.links().get(0);
        assertThat(access.ab().rate()).isEqualTo(100_000_000L);
        assertThat(access.ab().delay()).isEqualTo(Time.millis(5));
        assertThat(s.applications()).singleElement().isInstanceOfSatisfying(BulkSpec.class, b -> {
            assertThat(b.to()).isEqualTo(IpAddress.parse("1.2.3.4"));
            assertThat(b.port()).isEqualTo(80);
            assertThat(b.bytes()).isEqualTo(1_000_000L);
        });
        assertThat(s.faults()).singleElement().isInstanceOfSatisfying(DropSpec.class, d -> {
            assertThat(d.from()).isEqualTo("r1");
            assertThat(d.match().flagsSet()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
        });
    }

    @Test
    void fieldsLeftOutTakeTheDocumentedDefaults() throws Exception {
        Scenario s = ScenarioLoader.parse("tiny.json", tiny());
        HostSpec client = (HostSpec) s.node("client").orElseThrow();
        HostSpec server = (HostSpec) s.node("s1").orElseThrow();
        assertThat(s.seed()).isEqualTo(1);
        assertThat(client.tcp().congestionControl()).isEqualTo("cubic");
        assertThat(client.tcp().minRto()).isEqualTo(TcpSpec.DEFAULTS.minRto());
        assertThat(client.mptcp().enabled()).isTrue();
        assertThat(client.mptcp().endpoints()).singleElement().satisfies(e -> assertThat(e.has(EndpointFlag.SUBFLOW)).isTrue());
        assertThat(client.mptcp().maxSubflows()).isEqualTo(MptcpSpec.enabledDefaults().maxSubflows());
        assertThat(server.mptcp()).isEqualTo(MptcpSpec.DISABLED);
        assertThat(s.links().get(1).ab().queuePackets()).isEqualTo(100);
        LoadBalancerSpec lb = (LoadBalancerSpec) s.node("lb").orElseThrow();
        assertThat(lb.hashFunction()).isEqualTo("crc32");
        assertThat(lb.flowTable()).isZero();
        assertThat(s.routing().automatic()).isTrue();
    }

    @Test
    void perDirectionOverridesPercentLossAndQueueObjectsAreRead() throws Exception {
        String text = tiny().replace("\"rate\": \"100Mbps\", \"delay\": \"5ms\", \"loss\": 0}",
                "\"rate\": \"100Mbps\", \"delay\": \"5ms\", \"loss\": \"0.5%\", \"queue\": {\"packets\": 20, \"bytes\": \"30kB\"},"
                        + " \"ba\": {\"rate\": \"10Mbps\", \"delay\": 0.02}}");
        Scenario s = ScenarioLoader.parse("tiny.json", text);
        LinkSpec l = s.links().get(0);
        assertThat(l.ab().loss()).isEqualTo(0.005);
        assertThat(l.ab().queuePackets()).isEqualTo(20);
        assertThat(l.ab().queueBytes()).isEqualTo(30_000L);
        assertThat(l.ba().rate()).isEqualTo(10_000_000L);
        assertThat(l.ba().delay()).isEqualTo(Time.millis(20));
        assertThat(l.ba().loss()).isEqualTo(0.005);
    }

    @Test
    void aFirewallBlockIsReadAndWrittenBack() throws Exception {
        String text = tiny().replace("{\"name\": \"s2\", \"type\": \"host\", \"localAddresses\": [\"1.2.3.4\"]}",
                "{\"name\": \"s2\", \"type\": \"host\", \"localAddresses\": [\"1.2.3.4\"], \"firewall\": {\"default\": \"drop\","
                        + " \"rules\": [{\"action\": \"accept\", \"established\": true},"
                        + " {\"action\": \"accept\", \"match\": {\"flags\": [\"SYN\", \"!ACK\"], \"option\": \"MP_JOIN\","
                        + " \"to\": \"10.0.0.2\"}, \"knownToken\": true}]}}");
        Scenario s = ScenarioLoader.parse("fw.json", text);
        HostSpec s2 = (HostSpec) s.node("s2").orElseThrow();
        assertThat(s2.firewall().defaultAction().id()).isEqualTo("drop");
        assertThat(s2.firewall().rules()).hasSize(2);
        assertThat(s2.firewall().rules().get(0).established()).isTrue();
        assertThat(s2.firewall().rules().get(1).knownToken()).isTrue();
        assertThat(s2.firewall().rules().get(1).match().flagsClear()).isEqualTo(TcpFlags.ACK);
        assertThat(s2.firewall().rules().get(1).match().option().id()).isEqualTo("MP_JOIN");
        assertThat(ScenarioLoader.parse("again.json", ScenarioWriter.toJson(s))).isEqualTo(s);
    }

    @Test
    void everyCatalogueIdHasABundledFileThatLoads() throws Exception {
        for (Catalog.Entry e : Catalog.entries()) {
            Scenario s = ScenarioLoader.builtIn(e.id());
            assertThat(s.id()).isEqualTo(e.id());
            assertThat(s.title()).isEqualTo(e.title());
            assertThat(s.assumptions()).as(e.id()).isNotEmpty();
        }
        assertThat(BuiltInScenarios.ids()).hasSize(Catalog.entries().size());
    }

    @Test
    void catalogueFilesFollowTheNamingConventions() throws Exception {
        for (String id : BuiltInScenarios.ids()) {
            Scenario s = ScenarioLoader.builtIn(id);
            assertThat(s.nodeNames()).as(id).contains("client", "s1", "s2", "s3");
            if (id.startsWith("l4lb") || id.equals("paper-l4lb")) {
                assertThat(s.node("lb")).as(id).get().isInstanceOfSatisfying(LoadBalancerSpec.class,
                        lb -> assertThat(lb.vip()).isEqualTo(IpAddress.parse("1.2.3.4")));
            } else {
                assertThat(s.routing().anycast()).as(id).singleElement()
                        .satisfies(a -> assertThat(a.prefix().toString()).isEqualTo("1.2.3.4/32"));
            }
        }
    }

    @Test
    void anUnknownBuiltInIdIsAProgrammingError() {
        assertThatThrownBy(() -> ScenarioLoader.builtIn("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOnDiskIsNamedAsGivenInMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 3}");
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(ScenarioLoadException.class)
                .hasMessage(file + ":1:19: schemaVersion: unsupported schema version 3 (this build reads 1)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[LocatedJsonParser.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ScenarioLoader.load(file)).isInstanceOf(ScenarioLoadException.class)
                .hasMessage(file + ":1:1: file is larger than the 1024 KiB a scenario may have");
    }

    @Test
    void aByteOrderMarkIsTolerated() throws Exception {
        byte[] bom = ("\uFEFF" + tiny()).getBytes(StandardCharsets.UTF_8);
        assertThat(ScenarioLoader.parse("bom.json", bom).id()).isEqualTo("tiny-l4lb");
    }

    @Test
    void jsonExtensionsAreRefused() throws Exception {
        String withComment = tiny().replace("\"duration\": \"10s\",", "\"duration\": \"10s\", // ten seconds");
        assertThatThrownBy(() -> ScenarioLoader.parse("c.json", withComment)).isInstanceOf(ScenarioLoadException.class)
                .hasMessageStartingWith("c.json:6:22: invalid JSON");
    }

    @Test
    void didYouMeanOnlyWhenSomethingIsClose() {
        assertThat(Suggestions.hint("rat", java.util.List.of("rate", "delay"))).isEqualTo("(did you mean \"rate\"?)");
        assertThat(Suggestions.hint("bandwidth", java.util.List.of("rate", "delay")))
                .isEqualTo("(expected one of: rate, delay)");
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
