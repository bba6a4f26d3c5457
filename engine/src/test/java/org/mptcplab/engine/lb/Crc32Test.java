package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Golden values computed independently with Python's zlib:
 * {@code python3 -c 'import zlib; print(hex(zlib.crc32(b"123456789")))'}.
 */
class Crc32Test {
    private final Crc32 crc32 = new Crc32();

    private long hash(String text) {
        return crc32.hash(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void publishedCheckValueOf123456789() {
        assertThat(hash("123456789")).isEqualTo(0xCBF43926L);
    }

    @Test
    void emptyInputHashesToZero() {
        assertThat(hash("")).isZero();
    }

    @Test
    void matchesZlibOnTextAndBackendNames() {
        assertThat(hash("a")).isEqualTo(0xE8B7BE43L);
        assertThat(hash("The quick brown fox jumps over the lazy dog")).isEqualTo(0x414FA339L);
        assertThat(hash("s1")).isEqualTo(0x141538F0L);
        assertThat(hash("s3")).isEqualTo(0xFA1B59DCL);
    }

    @Test
    void resultIsUnsignedWhenTheTopBitIsSet() {
        assertThat(hash("s3")).isPositive().isGreaterThan(0x7FFFFFFFL);
        assertThat(crc32.name()).isEqualTo("crc32");
    }
}
