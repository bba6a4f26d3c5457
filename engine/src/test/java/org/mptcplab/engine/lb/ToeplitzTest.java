package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Microsoft's RSS verification suite ("Verifying the RSS Hash Calculation", Windows driver docs,
 * learn.microsoft.com/windows-hardware/drivers/network/verifying-the-rss-hash-calculation), default
 * key. Each row: source, source port, destination, destination port, hash over addresses only, hash
 * with TCP ports. The same values come out of an independent Python transcription:
 * <pre>
 * def toeplitz(data, key):
 *     k = int.from_bytes(key, 'big'); r = 0
 *     for i in range(len(data) * 8):
 *         if data[i // 8] &gt;&gt; (7 - i % 8) &amp; 1:
 *             r ^= (k &gt;&gt; (len(key) * 8 - 32 - i)) &amp; 0xffffffff
 *     return r
 * </pre>
 */
class ToeplitzTest {
    private final Toeplitz toeplitz = Toeplitz.withDefaultKey();

    @ParameterizedTest(name = "{0}:{1} -> {2}:{3}")
    @CsvSource({
        "66.9.149.187,   2794,  161.142.100.80, 1766,  323e8fc2, 51ccc178",
        "199.92.111.2,   14230, 65.69.140.83,   4739,  d718262a, c626b0ea",
        "24.19.198.95,   12898, 12.22.207.184,  38024, d2d0a5de, 5c2b394a",
        "38.27.205.30,   48228, 209.142.163.6,  2217,  82989176, afc7327f",
        "153.39.163.191, 44251, 202.188.127.2,  1303,  5d1809c5, 10e828a2",
        "3ffe:2501:200:1fff::7,               2794,  3ffe:2501:200:3::1,       1766,  2cc18cd5, 40207d3d",
        "3ffe:501:8::260:97ff:fe40:efab,      14230, ff02::1,                  4739,  0f0c461c, dde51bbf",
        "3ffe:1900:4545:3:200:f8ff:fe21:67cf, 44251, fe80::200:f8ff:fe21:67cf, 38024, 4b61e985, 02d1feef",
    })
    void microsoftVerificationSuite(String src, int sport, String dst, int dport, String addressesOnly, String withPorts) {
        FiveTuple tuple = new FiveTuple(IpAddress.parse(src), IpAddress.parse(dst), sport, dport, FiveTuple.TCP);

        assertThat(toeplitz.hash(HashInput.L3.bytes(tuple))).isEqualTo(Long.parseLong(addressesOnly, 16));
        assertThat(toeplitz.hash(HashInput.RSS.bytes(tuple))).isEqualTo(Long.parseLong(withPorts, 16));
    }

    @Test
    void defaultKeyAcceptsAnIpv6RssTupleButNothingLonger() {
        assertThat(toeplitz.maxInputLength()).isEqualTo(36);
        assertThatThrownBy(() -> toeplitz.hash(new byte[37])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 36");
    }

    @Test
    void singleSetBitSelectsTheKeyWindowAtThatBit() {
        // Bit 0 set: the first 32 key bits. Bit 8 set: key bytes 1..4.
        assertThat(toeplitz.hash(new byte[] {(byte) 0x80})).isEqualTo(0x6D5A56DAL);
        assertThat(toeplitz.hash(new byte[] {0, (byte) 0x80})).isEqualTo(0x5A56DA25L);
        assertThat(toeplitz.hash(new byte[] {0x01})).isEqualTo(0xAD2B6D12L);
    }

    @Test
    void customKeyIsCopiedAndMustBeLongEnough() {
        byte[] key = {1, 2, 3, 4, 5};
        Toeplitz custom = Toeplitz.withKey(key);
        key[0] = 9;

        assertThat(custom.key()).containsExactly(1, 2, 3, 4, 5);
        assertThat(custom.hash(new byte[] {(byte) 0x80})).isEqualTo(0x01020304L);
        assertThatThrownBy(() -> Toeplitz.withKey(new byte[4])).isInstanceOf(IllegalArgumentException.class);
    }
}
