package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Token of key 0x0123456789abcdef, computed independently:
 * {@code python3 -c 'import hashlib; print(hashlib.sha256(bytes.fromhex("0123456789abcdef")).hexdigest()[:8])'}
 * prints 55c53f5d.
 */
class TokenTableTest {
    private static final long KEY = 0x0123456789ABCDEFL;
    private static final int TOKEN = 0x55C53F5D;
    private static final FiveTuple JOIN = new FiveTuple(IpAddress.parse("10.0.1.1"), IpAddress.parse("1.2.3.4"),
            40001, 80, FiveTuple.TCP);

    @Test
    void learnsTheTokenDerivedFromTheServerKey() {
        TokenTable table = new TokenTable();

        assertThat(table.learnKey(KEY, "s2")).isEqualTo(TOKEN);
        assertThat(table.lookup(TOKEN)).contains("s2");
        assertThat(table.size()).isEqualTo(1);
        assertThat(TokenTable.tokenHex(TOKEN)).isEqualTo("0x55c53f5d");
    }

    @Test
    void joinWithAKnownTokenIsRoutedToItsServer() {
        TokenTable table = new TokenTable();
        table.learnKey(KEY, "s2");
        table.put(7, "s1");

        LbDecision decision = table.decide(JOIN, TOKEN, List.of("s1", "s2", "s3")).orElseThrow();

        assertThat(decision.chosen()).isEqualTo("s2");
        assertThat(decision.input()).isEqualTo("55c53f5d");
        assertThat(decision.hash()).isEqualTo(0x55C53F5DL);
        assertThat(decision.method()).isEqualTo("token table (2 entries)");
        assertThat(decision.slot()).isEqualTo(-1);
    }

    @Test
    void unknownTokenHasNoDecision() {
        assertThat(new TokenTable().decide(JOIN, TOKEN, List.of("s1"))).isEmpty();
    }

    @Test
    void forgettingAServerDropsItsConnectionsInLearningOrder() {
        TokenTable table = new TokenTable();
        table.put(1, "s1");
        table.put(2, "s2");
        table.put(3, "s1");

        assertThat(table.forget("s1")).isEqualTo(2);
        assertThat(table.entries()).containsExactly(new TokenTable.Entry(2, "s2"));
        assertThat(table.remove(2)).isTrue();
        assertThat(table.size()).isZero();
    }
}
