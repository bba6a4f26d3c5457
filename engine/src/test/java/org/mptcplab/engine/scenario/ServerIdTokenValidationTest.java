package org.mptcplab.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.scenario.TestScenarios.ip;
import static org.mptcplab.engine.scenario.TestScenarios.replace;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of balancers in mode {@code serverIdToken}: ids are backend positions, carried in the token. */
class ServerIdTokenValidationTest {
    private final Scenario lb = TestScenarios.loadBalanced();

    private static LoadBalancerSpec serverIdBalancer(String name, String vip, Forwarding forwarding, int bits,
            List<BackendSpec> backends) {
        return new LoadBalancerSpec(name, ip(vip), forwarding, "crc32", HashFields.L4, SelectorMethod.MAGLEV, 13, 0,
                LbMode.SERVER_ID_TOKEN, backends, 1024, bits);
    }

    private Scenario withBalancer(LoadBalancerSpec spec) {
        return TestScenarios.withNodes(lb, replace(lb.nodes(), 2, spec));
    }

    private List<BackendSpec> backends() {
        return ((LoadBalancerSpec) lb.nodes().get(2)).backends();
    }

    @Test
    void aServerIdTokenBalancerIsAccepted() {
        assertThat(ScenarioValidator.validate(withBalancer(
                serverIdBalancer("lb", "1.2.3.4", Forwarding.DSR, 1, backends())))).isEmpty();
    }

    @Test
    void theIdFieldMustHoldBetweenOneAndSixteenBits() {
        assertThat(ScenarioValidator.validate(withBalancer(
                serverIdBalancer("lb", "1.2.3.4", Forwarding.DSR, 0, backends()))))
                .containsExactly(new Problem("nodes[2].serverIdBits", "server id bits must be in 1..16, got 0"));
    }

    @Test
    void aServerSharedByTwoBalancersMustHaveOneIdInBoth() {
        List<NodeSpec> nodes = new ArrayList<>(withBalancer(
                serverIdBalancer("lb", "1.2.3.4", Forwarding.DSR, 2, backends())).nodes());
        nodes.add(serverIdBalancer("lb2", "1.2.3.5", Forwarding.NAT, 2, List.of(backends().get(1), backends().get(0))));

        assertThat(ScenarioValidator.validate(TestScenarios.withNodes(lb, nodes))).contains(
                new Problem("nodes[5].backends[0].node",
                        "s2 has server id 1 in 2 bits at lb but 0 in 2 bits here: its keys can carry only one"),
                new Problem("nodes[5].backends[1].node",
                        "s1 has server id 0 in 2 bits at lb but 1 in 2 bits here: its keys can carry only one"));
    }

    @Test
    void aServerSharedAtTheSamePositionIsFine() {
        List<NodeSpec> nodes = new ArrayList<>(withBalancer(
                serverIdBalancer("lb", "1.2.3.4", Forwarding.DSR, 2, backends())).nodes());
        nodes.add(serverIdBalancer("lb2", "1.2.3.5", Forwarding.NAT, 2, backends()));

        assertThat(ScenarioValidator.validate(TestScenarios.withNodes(lb, nodes)))
                .noneMatch(p -> p.message().contains("server id"));
    }
}
