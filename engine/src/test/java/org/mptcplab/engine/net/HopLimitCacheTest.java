package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;

class HopLimitCacheTest {
    private static Ipv4Header header(int host, int ttl) {
        return Ipv4Header.tcp(Ipv4Address.of(10, 0, 0, host), Ipv4Address.of(10, 0, 1, 1), ttl);
    }

    @Test
    void decrementsTheHopLimitAndKeepsEveryOtherField() {
        Ipv4Header ip = header(1, 64);

        IpHeader out = new HopLimitCache().decremented(ip);

        assertThat(out).isEqualTo(ip.withHopLimit(63));
    }

    @Test
    void sameHeaderObjectGetsTheSameForwardedHeader() {
        HopLimitCache cache = new HopLimitCache();
        Ipv4Header ip = header(1, 64);

        assertThat(cache.decremented(ip)).isSameAs(cache.decremented(ip));
    }

    @Test
    void equalButDistinctHeadersAreNotConfusedWithDifferentOnes() {
        HopLimitCache cache = new HopLimitCache();
        Ipv4Header ttl64 = header(1, 64);
        Ipv4Header ttl10 = header(1, 10);

        assertThat(cache.decremented(ttl64).hopLimit()).isEqualTo(63);
        assertThat(cache.decremented(ttl10).hopLimit()).isEqualTo(9);
        assertThat(cache.decremented(ttl64).hopLimit()).isEqualTo(63);
    }

    @Test
    void staysCorrectWhenMoreHeadersPassThanItRemembers() {
        HopLimitCache cache = new HopLimitCache();
        for (int round = 0; round < 3; round++) {
            for (int host = 1; host <= 20; host++) {
                Ipv4Header ip = header(host, 30 + host);
                assertThat(cache.decremented(ip)).isEqualTo(ip.withHopLimit(29 + host));
            }
        }
    }
}
