package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.crypto.MptcpCrypto;

class ServerIdTokenTest {
    private final ServerIdToken fourBits = new ServerIdToken(4);

    @Test
    void idIsTheTopBitsOfTheToken() {
        assertThat(fourBits.idOf(0xA1234567)).isEqualTo(0xA);
        assertThat(new ServerIdToken(1).idOf(0x7FFFFFFF)).isZero();
        assertThat(fourBits.maxIds()).isEqualTo(16);
    }

    @Test
    void serverFindsAKeyWhoseTokenCarriesItsId() {
        SplittableRandom random = new SplittableRandom(42);

        ServerIdToken.KeyChoice choice = fourBits.chooseKey(5, random::nextLong, 1_000);

        assertThat(MptcpCrypto.token(choice.key())).isEqualTo(choice.token());
        assertThat(fourBits.idOf(choice.token())).isEqualTo(5);
        assertThat(choice.attempts()).isPositive();
    }

    @Test
    void balancerMapsTheIdToTheServerAtThatPosition() {
        List<String> servers = List.of("s1", "s2", "s3");

        assertThat(fourBits.backendFor(0x20000000, servers)).contains("s3");
        assertThat(fourBits.backendFor(0x30000000, servers)).isEmpty();
    }

    @Test
    void givesUpAfterTheAllowedDraws() {
        long[] key = {0};
        assertThatThrownBy(() -> new ServerIdToken(16).chooseKey(7, () -> key[0]++, 3))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fourBits.chooseKey(16, () -> 0L, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerIdToken(17)).isInstanceOf(IllegalArgumentException.class);
    }
}
