package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IpAddressProperties {

    @Provide
    Arbitrary<IpAddress> addresses() {
        return WireArbitraries.ipAddress();
    }

    @Property
    void textRoundTrips(@ForAll("addresses") IpAddress address) {
        assertThat(IpAddress.parse(address.toString())).isEqualTo(address);
    }

    @Property
    void bytesRoundTrip(@ForAll("addresses") IpAddress address) {
        assertThat(IpAddress.fromBytes(address.toBytes())).isEqualTo(address);
    }

    @Property
    void orderIsConsistentWithEquals(@ForAll("addresses") IpAddress a, @ForAll("addresses") IpAddress b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void hostPrefixContainsExactlyItsAddress(@ForAll("addresses") IpAddress a, @ForAll("addresses") IpAddress b) {
        IpPrefix host = new IpPrefix(a, a.byteLength() * 8);
        assertThat(host.contains(a)).isTrue();
        assertThat(host.contains(b)).isEqualTo(a.equals(b));
    }
}
