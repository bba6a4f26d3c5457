package org.mptcplab.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.scenario.TestScenarios.link;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortestPathsTest {
    private final ShortestPaths paths = new ShortestPaths(new Topology(TestScenarios.loadBalanced()));

    @Test
    void theDirectReturnPathBeatsTheWayThroughTheBalancer() {
        assertThat(paths.firstHops("s1", "client")).containsExactly("r1");
        assertThat(paths.distance("s1", "client")).isEqualTo(2);
    }

    @Test
    void hostsNeverCarryTransitTraffic() {
        // lb reaches r1 directly; it may not go through s1 even though s1 is linked to both.
        assertThat(paths.firstHops("lb", "r1")).containsExactly("r1");
        assertThat(paths.firstHops("lb", "s2")).containsExactly("s2");
        assertThat(paths.isTransit("s1")).isFalse();
        assertThat(paths.isTransit("lb")).isTrue();
    }

    @Test
    void tiesKeepEveryFirstHopInLinkOrder() {
        Scenario s = TestScenarios.withLinks(TestScenarios.loadBalanced(), List.of(
                link("client", "192.0.2.1", "r1", null, 1, 0),
                link("r1", null, "lb", null, 1, 0),
                link("client", "198.51.100.1", "lb", null, 1, 0),
                link("lb", null, "s1", "10.0.0.1", 1, 0),
                link("r1", null, "s1", null, 1, 0),
                link("lb", null, "s2", "10.0.0.2", 1, 0)));
        ShortestPaths p = new ShortestPaths(new Topology(s));
        assertThat(p.firstHops("client", "s1")).containsExactly("r1", "lb");
    }

    @Test
    void anUnreachableNodeHasNoFirstHop() {
        Scenario s = TestScenarios.withLinks(TestScenarios.loadBalanced(), List.of(link("client", null, "r1", null, 1, 0)));
        ShortestPaths p = new ShortestPaths(new Topology(s));
        assertThat(p.firstHops("client", "s1")).isEmpty();
        assertThat(p.distance("client", "s1")).isEqualTo(-1);
        assertThat(p.firstHops("client", "client")).isEmpty();
    }
}
