package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mptcplab.engine.net.Fixture.ip;
import static org.mptcplab.engine.net.Fixture.prefix;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.trace.RouteChange;

class RoutingTableTest {
    private Fixture f;
    private Router r;
    private NetInterface eth0;
    private NetInterface eth1;
    private NetInterface eth2;
    private RoutingTable table;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        r = f.net.addRouter("r");
        eth0 = r.addInterface("eth0");
        eth1 = r.addInterface("eth1");
        eth2 = r.addInterface("eth2");
        table = r.routes();
    }

    private NetInterface out(String dst) {
        NextHop hop = table.select(TestPackets.ack(dst.contains(":") ? "2001:db8::99" : "192.0.2.99", dst));
        return hop == null ? null : hop.iface();
    }

    @Test
    void longestPrefixWinsWhateverTheInsertionOrder() {
        table.add(prefix("0.0.0.0/0"), eth0);
        table.add(prefix("5.6.7.128/25"), eth2);
        table.add(prefix("5.6.0.0/16"), eth1);

        assertThat(out("5.6.7.200")).isSameAs(eth2);
        assertThat(out("5.6.7.100")).isSameAs(eth1);
        assertThat(out("5.6.255.1")).isSameAs(eth1);
        assertThat(out("5.7.0.1")).isSameAs(eth0);
        assertThat(table.entries()).extracting(e -> e.prefix().toString())
                .containsExactly("5.6.7.128/25", "5.6.0.0/16", "0.0.0.0/0");
    }

    @Test
    void defaultRouteCatchesEverythingOfItsFamilyOnly() {
        table.add(prefix("0.0.0.0/0"), eth0);

        assertThat(out("203.0.113.9")).isSameAs(eth0);
        assertThat(out("255.255.255.255")).isSameAs(eth0);
        assertThat(out("2001:db8::1")).isNull();
    }

    @Test
    void withoutAMatchingRouteThereIsNoNextHop() {
        table.add(prefix("10.0.0.0/8"), eth0);

        assertThat(out("11.0.0.1")).isNull();
        assertThat(table.lookup(ip("11.0.0.1"))).isNull();
    }

    @Test
    void ipv6PrefixesMatchAcrossTheSixtyFourBitBoundary() {
        table.add(prefix("::/0"), eth0);
        table.add(prefix("2001:db8::/32"), eth1);
        table.add(prefix("2001:db8:0:0:8000::/65"), eth2);
        table.add(prefix("2001:db8::1/128"), eth0);

        assertThat(out("2001:db8::8000:0:0:1")).isSameAs(eth2);
        assertThat(out("2001:db8::7fff:0:0:1")).isSameAs(eth1);
        assertThat(out("2001:db8::1")).isSameAs(eth0);
        assertThat(out("2001:db9::1")).isSameAs(eth0);
        assertThat(out("10.0.0.1")).isNull();
    }

    @Test
    void ipv6SlashSixtyFourMatchesEveryInterfaceIdentifier() {
        table.add(prefix("2001:db8:0:1::/64"), eth1);

        assertThat(out("2001:db8:0:1:ffff:ffff:ffff:ffff")).isSameAs(eth1);
        assertThat(out("2001:db8:0:1::")).isSameAs(eth1);
        assertThat(out("2001:db8:0:2::1")).isNull();
    }

    @Test
    void hostRouteIsMoreSpecificThanItsSubnet() {
        table.add(prefix("1.2.3.0/24"), eth0);
        table.add(prefix("1.2.3.4/32"), eth1);

        assertThat(out("1.2.3.4")).isSameAs(eth1);
        assertThat(out("1.2.3.5")).isSameAs(eth0);
    }

    @Test
    void announcingTheSamePrefixAgainBuildsAnEcmpGroup() {
        table.add(prefix("1.2.3.4/32"), eth0, ip("10.0.0.2"));
        table.add(prefix("1.2.3.4/32"), eth1, ip("10.0.1.2"));
        table.add(prefix("1.2.3.4/32"), eth1, ip("10.0.1.2"));

        RouteEntry entry = table.find(prefix("1.2.3.4/32"));
        assertThat(entry.nextHops()).extracting(NextHop::toString)
                .containsExactly("via 10.0.0.2 dev eth0", "via 10.0.1.2 dev eth1");
        assertThat(out("1.2.3.4")).as("default selector: first").isSameAs(eth0);
    }

    @Test
    void aSelectorPicksAmongTheGroupAndSurvivesFullWithdrawal() {
        table.setSelector(prefix("1.2.3.4/32"), (packet, candidates) -> candidates.get(candidates.size() - 1));
        table.add(prefix("1.2.3.4/32"), eth0);
        table.add(prefix("1.2.3.4/32"), eth1);
        assertThat(out("1.2.3.4")).isSameAs(eth1);

        table.removeAll(prefix("1.2.3.4/32"));
        assertThat(out("1.2.3.4")).isNull();
        table.add(prefix("1.2.3.4/32"), eth2);
        table.add(prefix("1.2.3.4/32"), eth0);

        assertThat(out("1.2.3.4")).isSameAs(eth0);
    }

    @Test
    void defaultSelectorAppliesToPrefixesWithoutTheirOwn() {
        table.setDefaultSelector((packet, candidates) -> candidates.get(1));
        table.add(prefix("0.0.0.0/0"), eth0);
        table.add(prefix("0.0.0.0/0"), eth2);

        assertThat(out("8.8.8.8")).isSameAs(eth2);
    }

    @Test
    void withdrawingOneNextHopKeepsTheOthersAndTheLastRemovesThePrefix() {
        table.add(prefix("0.0.0.0/0"), eth0);
        table.add(prefix("5.0.0.0/8"), eth1);
        table.add(prefix("5.0.0.0/8"), eth2);

        assertThat(table.remove(prefix("5.0.0.0/8"), NextHop.via(eth1))).isTrue();
        assertThat(out("5.1.1.1")).isSameAs(eth2);
        assertThat(table.remove(prefix("5.0.0.0/8"), NextHop.via(eth1))).isFalse();
        assertThat(table.remove(prefix("5.0.0.0/8"), NextHop.via(eth2))).isTrue();

        assertThat(out("5.1.1.1")).as("falls back to the default route").isSameAs(eth0);
        assertThat(table.find(prefix("5.0.0.0/8"))).isNull();
        assertThat(table.removeAll(prefix("5.0.0.0/8"))).isFalse();
    }

    @Test
    void changesArePublishedAsRouteChanges() {
        f.sim.runUntil(7);
        table.add(prefix("1.2.3.4/32"), eth0);
        table.add(prefix("1.2.3.4/32"), eth1, ip("10.0.1.2"));
        table.remove(prefix("1.2.3.4/32"), NextHop.via(eth0));
        table.removeAll(prefix("1.2.3.4/32"));

        List<RouteChange> changes = f.recorder.ofType(RouteChange.class);
        assertThat(changes).extracting(RouteChange::action).containsExactly(RouteChange.Action.ANNOUNCED,
                RouteChange.Action.ANNOUNCED, RouteChange.Action.WITHDRAWN, RouteChange.Action.WITHDRAWN);
        assertThat(changes).extracting(RouteChange::nextHops).containsExactly(List.of("dev eth0"),
                List.of("dev eth0", "via 10.0.1.2 dev eth1"), List.of("via 10.0.1.2 dev eth1"), List.of());
        assertThat(changes).extracting(RouteChange::detail).containsExactly("dev eth0", "via 10.0.1.2 dev eth1",
                "dev eth0", "via 10.0.1.2 dev eth1");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.node()).isEqualTo("r");
            assertThat(c.time()).isEqualTo(7);
            assertThat(c.prefix()).isEqualTo(prefix("1.2.3.4/32"));
        });
    }

    @Test
    void routesMustLeaveThroughTheOwnersInterfaces() {
        NetInterface foreign = f.net.addRouter("other").addInterface("eth0");

        assertThatThrownBy(() -> table.add(prefix("0.0.0.0/0"), foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other/eth0");
    }
}
