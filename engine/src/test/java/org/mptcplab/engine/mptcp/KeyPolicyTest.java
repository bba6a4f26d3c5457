package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.sim.Time;

class KeyPolicyTest {
    /** Draws until the token is even: a stand-in for any policy that restricts the token. */
    private static final KeyPolicy EVEN_TOKEN = random -> {
        long key = random.getAsLong();
        while ((MptcpCrypto.token(key) & 1) != 0) {
            key = random.getAsLong();
        }
        return key;
    };

    @Test
    void theDefaultPolicyTakesExactlyOneValueOfTheStreamPerKey() {
        KeyGenerator g = new KeyGenerator(new RandomStream(11), KeyPolicy.random());
        RandomStream expected = new RandomStream(11);
        assertThat(g.next(t -> false).key()).isEqualTo(expected.nextLong());
        assertThat(g.next(t -> false).key()).isEqualTo(expected.nextLong());
    }

    @Test
    void theDefaultConfigurationDrawsRandomKeys() {
        assertThat(MptcpConfig.defaults().keyPolicy()).isSameAs(KeyPolicy.random()).hasToString("random");
        assertThat(MptcpConfig.defaults().toBuilder().build().keyPolicy()).isSameAs(KeyPolicy.random());
    }

    @Test
    void aPolicyDecidesWhichKeysTheHostUses() {
        KeyGenerator g = new KeyGenerator(new RandomStream(2), EVEN_TOKEN);
        for (int i = 0; i < 20; i++) {
            assertThat(g.next(t -> false).token() & 1).isZero();
        }
    }

    @Test
    void aTakenTokenMakesTheHostAskThePolicyAgain() {
        RandomStream probe = new RandomStream(4);
        long first = EVEN_TOKEN.draw(probe::nextLong);
        long second = EVEN_TOKEN.draw(probe::nextLong);
        KeyGenerator g = new KeyGenerator(new RandomStream(4), EVEN_TOKEN);

        LocalKey k = g.next(t -> t == MptcpCrypto.token(first));

        assertThat(k.key()).isEqualTo(second);
        assertThat(g.collisions()).isEqualTo(1);
    }

    @Test
    void aServerStackKeysEveryConnectionItAcceptsWithItsPolicy() {
        Lab lab = new Lab();
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpStack server = lab.mptcp(lab.server, MptcpConfig.defaults().toBuilder().keyPolicy(EVEN_TOKEN).build(),
                InKernelPathManager.withoutEndpoints());
        List<Sink> accepted = new ArrayList<>();
        server.listen(Lab.PORT, Sink.accepting(accepted));
        for (int i = 0; i < 5; i++) {
            client.connect(null, Lab.S1, Lab.PORT, new Sink());
        }
        lab.runFor(Time.millis(100));

        assertThat(server.config().keyPolicy()).isSameAs(EVEN_TOKEN);
        assertThat(accepted).hasSize(5).allSatisfy(a -> {
            MptcpConnection c = (MptcpConnection) a.socket;
            assertThat(c.token() & 1).isZero();
            assertThat(c.localKey().token()).isEqualTo(MptcpCrypto.token(c.localKey().key()));
        });
        assertThat(client.config().keyPolicy()).isSameAs(KeyPolicy.random());
    }
}
