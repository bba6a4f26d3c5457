package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

class HashInputTest {
    private static final FiveTuple V4 = new FiveTuple(IpAddress.parse("66.9.149.187"),
            IpAddress.parse("161.142.100.80"), 2794, 1766, FiveTuple.TCP);
    private static final FiveTuple V6 = new FiveTuple(IpAddress.parse("2001:db8::1"),
            IpAddress.parse("2001:db8::2"), 40000, 443, FiveTuple.TCP);

    @Test
    void l4LayoutIsAddressesPortsAndProtocolInNetworkOrder() {
        assertThat(HashInput.toHex(HashInput.L4.bytes(V4))).isEqualTo("420995bba18e64500aea06e606");
        assertThat(HashInput.L4.hex(V4)).isEqualTo("420995bb a18e6450 0aea 06e6 06");
        assertThat(HashInput.L4.fields()).isEqualTo("src,dst,sport,dport,proto");
    }

    @Test
    void l3KeepsOnlyTheAddresses() {
        assertThat(HashInput.L3.hex(V4)).isEqualTo("420995bb a18e6450");
        assertThat(HashInput.L3.bytes(V4)).hasSize(8);
    }

    @Test
    void rssLayoutDropsTheProtocol() {
        assertThat(HashInput.RSS.hex(V4)).isEqualTo("420995bb a18e6450 0aea 06e6");
        assertThat(HashInput.RSS.fields()).isEqualTo("src,dst,sport,dport");
    }

    @Test
    void ipv6AddressesTakeSixteenBytesEach() {
        assertThat(HashInput.L4.hex(V6)).isEqualTo(
                "20010db8000000000000000000000001 20010db8000000000000000000000002 9c40 01bb 06");
        assertThat(HashInput.L4.bytes(V6)).hasSize(37).hasSize(HashInput.L4.length(16));
        assertThat(HashInput.RSS.length(16)).isEqualTo(36);
        assertThat(HashInput.L3.length(4)).isEqualTo(8);
    }

    @Test
    void hexWithoutSpacesIsExactlyTheHashedBytes() {
        for (HashInput input : HashInput.values()) {
            assertThat(input.hex(V6).replace(" ", "")).isEqualTo(HashInput.toHex(input.bytes(V6)));
        }
    }
}
