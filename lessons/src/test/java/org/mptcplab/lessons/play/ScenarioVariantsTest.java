package org.mptcplab.lessons.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.model.Variant;
import org.mptcplab.lessons.scenario.ScenarioLoader;

class ScenarioVariantsTest {

    @Test
    void noVariantLeavesTheScenarioEqual() throws Exception {
        Scenario base = ScenarioLoader.builtIn("l4lb-mptcp-plain");

        assertThat(ScenarioVariants.apply(base, Variant.NONE)).isEqualTo(base);
    }

    @Test
    void portsGoToTheFirstBulkTransferAndSeedReplacesTheDefault() throws Exception {
        Scenario s = ScenarioVariants.apply(ScenarioLoader.builtIn("l4lb-mptcp-plain"),
                Variant.NONE.withSourcePort(41000).withJoinSourcePort(42000).withSeed(9));

        BulkSpec bulk = (BulkSpec) s.applications().get(0);
        assertThat(bulk.sourcePort()).isEqualTo(41000);
        assertThat(bulk.joinSourcePort()).isEqualTo(42000);
        assertThat(s.seed()).isEqualTo(9);
    }

    @Test
    void flagCIsSetOnServersOnlyAndHashFunctionOnEveryBalancer() throws Exception {
        Variant v = new Variant(Variant.NONE.seed(), Variant.NONE.sourcePort(), Variant.NONE.joinSourcePort(), true,
                "toeplitz");
        Scenario s = ScenarioVariants.apply(ScenarioLoader.builtIn("l4lb-mptcp-plain"), v);

        assertThat(((HostSpec) s.node("s1").orElseThrow()).mptcp().allowJoinInitialAddrPort()).isFalse();
        assertThat(((HostSpec) s.node("client").orElseThrow()).mptcp().allowJoinInitialAddrPort()).isTrue();
        assertThat(((LoadBalancerSpec) s.node("lb").orElseThrow()).hashFunction()).isEqualTo("toeplitz");
    }

    @Test
    void aJoinPortNeedsAnMptcpTransfer() throws Exception {
        Scenario tcp = ScenarioLoader.builtIn("l4lb-tcp");

        assertThatThrownBy(() -> ScenarioVariants.apply(tcp, Variant.NONE.withJoinSourcePort(40000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mptcp");
    }
}
