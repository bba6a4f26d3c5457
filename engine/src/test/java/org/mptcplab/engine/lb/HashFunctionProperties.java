package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class HashFunctionProperties {

    @Property(tries = 500)
    void crc32AgreesWithTheJdk(@ForAll @Size(max = 64) byte[] input) {
        CRC32 jdk = new CRC32();
        jdk.update(input);

        assertThat(new Crc32().hash(input)).isEqualTo(jdk.getValue());
    }

    /** Toeplitz is linear over XOR: each input bit contributes its key window independently. */
    @Property(tries = 300)
    void toeplitzIsLinearOverXor(@ForAll @Size(value = 12) byte[] a, @ForAll @Size(value = 12) byte[] b) {
        Toeplitz toeplitz = Toeplitz.withDefaultKey();
        byte[] xor = new byte[12];
        for (int i = 0; i < xor.length; i++) {
            xor[i] = (byte) (a[i] ^ b[i]);
        }

        assertThat(toeplitz.hash(xor)).isEqualTo(toeplitz.hash(a) ^ toeplitz.hash(b));
    }

    @Property(tries = 300)
    void everyFunctionReturnsAnUnsigned32BitValue(@ForAll @Size(max = 36) byte[] input) {
        for (String name : HashFunction.NAMES) {
            assertThat(HashFunction.named(name).hash(input)).isBetween(0L, 0xFFFFFFFFL);
        }
    }
}
