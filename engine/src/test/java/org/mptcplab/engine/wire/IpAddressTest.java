package org.mptcplab.engine.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Test
    void parsesDottedQuadIntoNetworkOrderBits() {
        Ipv4Address vip = (Ipv4Address) IpAddress.parse("1.2.3.4");
        assertThat(vip.value()).isEqualTo(0x01020304);
        assertThat(vip).isEqualTo(Ipv4Address.of(1, 2, 3, 4));
        assertThat(vip.toBytes()).containsExactly(1, 2, 3, 4);
        assertThat(Ipv4Address.of(255, 0, 10, 200)).hasToString("255.0.10.200");
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8::0001, 2001:db8::1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:DB8::AbCd, 2001:db8::abcd",
        "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
        "0:0:0:0:0:0:0:0, ::",
        "::1, ::1",
        "1::, 1::",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
        "::ffff:1.2.3.4, ::ffff:1.2.3.4",
        "::ffff:0102:0304, ::ffff:1.2.3.4",
        "64:ff9b::5.6.7.8, 64:ff9b::506:708"
    })
    void formatsIpv6CanonicallyPerRfc5952(String input, String canonical) {
        assertThat(IpAddress.parse(input)).hasToString(canonical);
        assertThat(IpAddress.parse(canonical)).isEqualTo(IpAddress.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "1.2.3.256", "01.2.3.4", "1.2.3.-4", "a.b.c.d",
        "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", ":1::", "1::2:", "1:2:3:4:5:6:7", "::ffff:1.2.3.256"})
    void refusesMalformedText(String text) {
        assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersIpv4BeforeIpv6ThenByUnsignedValue() {
        List<IpAddress> addresses = new ArrayList<>(List.of(IpAddress.parse("::1"), IpAddress.parse("200.0.0.1"),
                IpAddress.parse("1.2.3.4"), IpAddress.parse("ffff::"), IpAddress.parse("10.0.0.1")));
        Collections.sort(addresses);
        assertThat(addresses).extracting(Object::toString)
                .containsExactly("1.2.3.4", "10.0.0.1", "200.0.0.1", "::1", "ffff::");
    }

    @Test
    void convertsIpv6ToAndFromBytes() {
        IpAddress address = IpAddress.parse("2001:db8::1");
        assertThat(Hex.string(address.toBytes())).isEqualTo("20010db8000000000000000000000001");
        assertThat(IpAddress.fromBytes(address.toBytes())).isEqualTo(address);
        assertThat(address.byteLength()).isEqualTo(16);
        assertThat(address.version()).isEqualTo(6);
    }

    @Test
    void prefixContainsOnlyAddressesOfItsRange() {
        IpPrefix servers = IpPrefix.parse("5.6.7.0/24");
        assertThat(servers.contains(IpAddress.parse("5.6.7.200"))).isTrue();
        assertThat(servers.contains(IpAddress.parse("5.6.8.1"))).isFalse();
        assertThat(servers.contains(IpAddress.parse("::5.6.7.1"))).isFalse();
        assertThat(IpPrefix.parse("2001:db8::/33").contains(IpAddress.parse("2001:db8:7fff::1"))).isTrue();
        assertThat(IpPrefix.parse("2001:db8::/33").contains(IpAddress.parse("2001:db8:8000::1"))).isFalse();
        assertThat(IpPrefix.parse("0.0.0.0/0").contains(IpAddress.parse("1.2.3.4"))).isTrue();
        assertThat(servers).hasToString("5.6.7.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.6.7.1/24", "5.6.7.0/33", "5.6.7.0", "5.6.7.0/", "5.6.7.0/-1", "::/129", "::1/64"})
    void refusesMalformedPrefixes(String text) {
        assertThatThrownBy(() -> IpPrefix.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
