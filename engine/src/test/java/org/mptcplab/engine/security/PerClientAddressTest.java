package org.mptcplab.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv6Address;

class PerClientAddressTest {
    private static final IpPrefix PREFIX = IpPrefix.parse("2001:db8:5:6::/64");
    private static final byte[] SECRET = "server secret".getBytes(StandardCharsets.UTF_8);
    private static final IpAddress CLIENT = IpAddress.parse("2001:db8:1::1");
    private static final int TOKEN = 0xa1b2c3d4;

    private final PerClientAddress addresses = new PerClientAddress(PREFIX, SECRET);

    @Test
    void layoutIsPrefixThenMacThenToken() {
        Ipv6Address a = addresses.derive(CLIENT, TOKEN);

        assertThat(PREFIX.contains(a)).isTrue();
        assertThat(a.high()).isEqualTo(0x20010db800050006L);
        assertThat((int) (a.low() >>> 32)).isEqualTo(PerClientAddress.mac(SECRET, CLIENT, TOKEN));
        assertThat(PerClientAddress.tokenOf(a)).isEqualTo(TOKEN);
        assertThat(a.toString()).startsWith("2001:db8:5:6:").endsWith(":a1b2:c3d4");
    }

    @Test
    void derivedAddressVerifiesForItsClientAndToken() {
        Ipv6Address a = PerClientAddress.derive(PREFIX, SECRET, CLIENT, TOKEN);

        assertThat(PerClientAddress.verify(a, SECRET, CLIENT, TOKEN)).isTrue();
        assertThat(addresses.verify(a, CLIENT, TOKEN)).isTrue();
    }

    @Test
    void anotherClientAnotherTokenOrAnotherSecretIsRejected() {
        Ipv6Address a = addresses.derive(CLIENT, TOKEN);

        assertThat(addresses.verify(a, IpAddress.parse("2001:db8:1::2"), TOKEN)).isFalse();
        assertThat(addresses.verify(a, CLIENT, TOKEN + 1)).isFalse();
        assertThat(PerClientAddress.verify(a, "other".getBytes(StandardCharsets.UTF_8), CLIENT, TOKEN)).isFalse();
    }

    @Test
    void editingTheTokenBitsBreaksTheMac() {
        Ipv6Address a = addresses.derive(CLIENT, TOKEN);
        Ipv6Address edited = new Ipv6Address(a.high(), a.low() ^ 1);

        assertThat(addresses.verify(edited, CLIENT, TOKEN ^ 1)).isFalse();
    }

    @Test
    void anAddressOutsideThePrefixIsRejectedByTheInstance() {
        Ipv6Address a = addresses.derive(CLIENT, TOKEN);
        Ipv6Address moved = new Ipv6Address(a.high() + 1, a.low());

        assertThat(addresses.verify(moved, CLIENT, TOKEN)).isFalse();
        assertThat(PerClientAddress.verify(moved, SECRET, CLIENT, TOKEN)).as("static check ignores the prefix").isTrue();
    }

    @Test
    void refusesPrefixesLongerThan64BitsIpv4PrefixesAndEmptySecrets() {
        assertThatThrownBy(() -> new PerClientAddress(IpPrefix.parse("2001:db8::/96"), SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PerClientAddress(IpPrefix.parse("5.6.7.0/24"), SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PerClientAddress(PREFIX, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void roundTripHoldsAndOnlyTheRightClientPasses(@ForAll int clientBits, @ForAll int token, @ForAll int otherBits) {
        IpAddress client = new Ipv4Address(clientBits);
        Ipv6Address a = addresses.derive(client, token);

        assertThat(addresses.verify(a, client, token)).isTrue();
        assertThat(PerClientAddress.tokenOf(a)).isEqualTo(token);
        if (otherBits != clientBits) {
            // a 32-bit MAC collides with probability 2^-32 per pair: never in 200 fixed-seed tries
            assertThat(addresses.verify(a, new Ipv4Address(otherBits), token)).isFalse();
        }
    }
}
