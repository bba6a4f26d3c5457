package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv6Address;

class RoutingTableProperties {

    /** Brute force over {@link IpPrefix#contains}: the longest containing prefix, or null. */
    private static IpPrefix longest(List<IpPrefix> prefixes, IpAddress dst) {
        IpPrefix best = null;
        for (IpPrefix p : prefixes) {
            if (p.contains(dst) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    @Property(tries = 300)
    void lookupAgreesWithBruteForceLongestMatch(@ForAll("prefixes") List<IpPrefix> prefixes,
            @ForAll("addresses") List<IpAddress> destinations) {
        Network net = new Network(new Simulator(1), new TraceBus());
        Router r = net.addRouter("r");
        NetInterface eth0 = r.addInterface("eth0");
        for (IpPrefix p : prefixes) {
            r.routes().add(p, eth0);
        }

        for (IpAddress dst : destinations) {
            RouteEntry entry = r.routes().lookup(dst);
            IpPrefix expected = longest(prefixes, dst);
            assertThat(entry == null ? null : entry.prefix()).as("lookup of %s", dst).isEqualTo(expected);
        }
    }

    // Addresses are one base address with a few scattered bits flipped, so that long prefixes
    // match often and both families, short and long prefixes all get exercised.
    private static final int V4_BASE = 0x0A0B0C0D;
    private static final int V4_FLIPS = 0xF0101011;
    private static final long V6_BASE_HIGH = 0x20010DB800000000L;
    private static final long V6_FLIPS_HIGH = 0xF000100000000000L;
    private static final long V6_BASE_LOW = 0x00FF00FF00FF00FFL;
    private static final long V6_FLIPS_LOW = 0x8000000100000001L;

    @Provide
    Arbitrary<List<IpAddress>> addresses() {
        return address().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<IpPrefix>> prefixes() {
        Arbitrary<IpPrefix> prefix = Combinators.combine(address(), Arbitraries.integers().between(0, 128))
                .as((a, len) -> masked(a, len % (a.byteLength() * 8 + 1)));
        return prefix.list().ofMaxSize(12);
    }

    private static Arbitrary<IpAddress> address() {
        Arbitrary<IpAddress> v4 = Arbitraries.integers().map(r -> new Ipv4Address(V4_BASE ^ (r & V4_FLIPS)));
        Arbitrary<IpAddress> v6 = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((hi, lo) -> new Ipv6Address(V6_BASE_HIGH ^ (hi & V6_FLIPS_HIGH), V6_BASE_LOW ^ (lo & V6_FLIPS_LOW)));
        return Arbitraries.oneOf(v4, v6);
    }

    private static IpPrefix masked(IpAddress a, int length) {
        byte[] bytes = a.toBytes();
        for (int bit = length; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new IpPrefix(IpAddress.fromBytes(bytes), length);
    }
}
