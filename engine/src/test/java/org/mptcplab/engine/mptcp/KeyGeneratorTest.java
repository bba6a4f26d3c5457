package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.RandomStream;

class KeyGeneratorTest {
    @Test
    void theTokenAndIdsnAreDerivedFromTheKey() {
        LocalKey k = LocalKey.of(0x1c0ffee0d15ea5e5L);
        assertThat(k.token()).isEqualTo(MptcpCrypto.token(0x1c0ffee0d15ea5e5L));
        assertThat(Integer.toUnsignedString(k.token())).isEqualTo("2656815287");
        assertThat(k.idsn()).isEqualTo(5797412164569502345L);
    }

    @Test
    void keysComeFromTheHostsRandomStream() {
        KeyGenerator g = new KeyGenerator(new RandomStream(9));
        assertThat(g.next(t -> false).key()).isEqualTo(new RandomStream(9).nextLong());
    }

    @Test
    void aKeyWhoseTokenIsTakenIsReplacedByTheNextOne() {
        RandomStream expected = new RandomStream(5);
        int takenToken = MptcpCrypto.token(expected.nextLong());
        long secondKey = expected.nextLong();
        KeyGenerator g = new KeyGenerator(new RandomStream(5));
        LocalKey k = g.next(t -> t == takenToken);
        assertThat(k.key()).isEqualTo(secondKey);
        assertThat(g.collisions()).isEqualTo(1);
    }

    @Test
    void aHostWhoseEveryTokenIsTakenGivesUp() {
        KeyGenerator g = new KeyGenerator(new RandomStream(5));
        assertThatThrownBy(() -> g.next(t -> true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTokenTableHoldsOneEntryPerTokenSortedUnsigned() {
        TokenTable<String> table = new TokenTable<>();
        table.put(0x8000_0000, "high");
        table.put(1, "low");
        assertThat(table.values()).containsExactly("low", "high");
        assertThatThrownBy(() -> table.put(1, "again")).isInstanceOf(IllegalStateException.class);
        table.remove(1, "other");
        assertThat(table.contains(1)).isTrue();
        table.remove(1, "low");
        assertThat(table.get(1)).isNull();
    }
}
