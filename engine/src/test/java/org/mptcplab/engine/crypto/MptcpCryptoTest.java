package org.mptcplab.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Vectors computed outside Java with python3's hashlib/hmac, so a shared misunderstanding between
 * code and test cannot hide. Token/IDSN (key k as 8 bytes big-endian):
 * <pre>
 * python3 -c "import hashlib;k=0x0123456789abcdef;h=hashlib.sha256(k.to_bytes(8,'big')).digest();print(h[:4].hex(),h[-8:].hex())"
 * python3 -c "import hashlib;k=0x0123456789abcdef;h=hashlib.sha1(k.to_bytes(8,'big')).digest();print(h[:4].hex(),h[-8:].hex())"
 * </pre>
 * and cross-checked for one key with
 * {@code printf 0123456789abcdef | xxd -r -p | openssl dgst -sha256}.
 */
class MptcpCryptoTest {

    @ParameterizedTest(name = "key {0}")
    @CsvSource({
        "0000000000000001, cd266215, 19ec509083d00a50",
        "0123456789abcdef, 55c53f5d, 570762cd38be9818",
        "ffffffffffffffff, 12a3ae44, 57fb595bbbacf0ca",
        "8000000000000000, b1b0bee5, 8e13d367c47404a9",
        "deadbeefcafef00d, 3214d3b4, 485be4380370c6fd",
    })
    void tokenAndIdsnAreTheOuterBytesOfSha256OfTheKey(String key, String token, String idsn) {
        long k = Long.parseUnsignedLong(key, 16);
        assertThat(MptcpCrypto.token(k)).isEqualTo(Integer.parseUnsignedInt(token, 16));
        assertThat(MptcpCrypto.idsn(k)).isEqualTo(Long.parseUnsignedLong(idsn, 16));
    }

    @ParameterizedTest(name = "key {0}")
    @CsvSource({
        "0000000000000001, cb473678, 38f11011007ad27d",
        "0123456789abcdef, 0ca2eadb, e3df8ee121f10547",
        "ffffffffffffffff, be673e8a, 866701c11ef8e089",
        "deadbeefcafef00d, 5f54c7d0, 0cea86c2f9d67ff2",
    })
    void version0TokenAndIdsnUseSha1(String key, String token, String idsn) {
        long k = Long.parseUnsignedLong(key, 16);
        assertThat(MptcpCrypto.tokenV0(k)).isEqualTo(Integer.parseUnsignedInt(token, 16));
        assertThat(MptcpCrypto.idsnV0(k)).isEqualTo(Long.parseUnsignedLong(idsn, 16));
    }

    /*
     * python3 -c "import hmac,hashlib;kb,ka,rb,ra=0x0123456789abcdef,0xfedcba9876543210,0x11223344,0x55667788;
     *   print(hmac.new(kb.to_bytes(8,'big')+ka.to_bytes(8,'big'),rb.to_bytes(4,'big')+ra.to_bytes(4,'big'),hashlib.sha256).digest()[:8].hex())"
     */
    @ParameterizedTest(name = "Key-B {0}")
    @CsvSource({
        "0123456789abcdef, fedcba9876543210, 11223344, 55667788, d8b5e46b7a782e79",
        "ffffffffffffffff, 0000000000000001, cafebabe, 00000000, ff9d1e3a503fd45f",
    })
    void joinSynAckHmacIsTheLeftmost64BitsKeyedByResponderThenInitiator(
            String keyB, String keyA, String nonceB, String nonceA, String expected) {
        long hmac = MptcpCrypto.joinSynAckHmac(Long.parseUnsignedLong(keyB, 16), Long.parseUnsignedLong(keyA, 16),
                Integer.parseUnsignedInt(nonceB, 16), Integer.parseUnsignedInt(nonceA, 16));
        assertThat(hmac).isEqualTo(Long.parseUnsignedLong(expected, 16));
    }

    /*
     * python3 -c "import hmac,hashlib;ka,kb,ra,rb=0xfedcba9876543210,0x0123456789abcdef,0x55667788,0x11223344;
     *   print(hmac.new(ka.to_bytes(8,'big')+kb.to_bytes(8,'big'),ra.to_bytes(4,'big')+rb.to_bytes(4,'big'),hashlib.sha256).digest()[:20].hex())"
     */
    @ParameterizedTest(name = "Key-A {0}")
    @CsvSource({
        "fedcba9876543210, 0123456789abcdef, 55667788, 11223344, 0d44dc5f555121b7027f5508b30392de251c946a",
        "0000000000000001, ffffffffffffffff, 00000000, cafebabe, 0853a69f341c90f13a6a3a5f2ed1c5ce6c09fea8",
    })
    void joinAckHmacIsTheLeftmost160BitsKeyedByInitiatorThenResponder(
            String keyA, String keyB, String nonceA, String nonceB, String expected) {
        byte[] hmac = MptcpCrypto.joinAckHmac(Long.parseUnsignedLong(keyA, 16), Long.parseUnsignedLong(keyB, 16),
                Integer.parseUnsignedInt(nonceA, 16), Integer.parseUnsignedInt(nonceB, 16));
        assertThat(HexFormat.of().formatHex(hmac)).isEqualTo(expected);
    }

    @Test
    void joinHmacsDependOnKeyOrder() {
        long a = 0x0123456789abcdefL;
        long b = 0xfedcba9876543210L;
        assertThat(MptcpCrypto.joinSynAckHmac(a, b, 1, 2)).isNotEqualTo(MptcpCrypto.joinSynAckHmac(b, a, 1, 2));
    }

    /*
     * python3 -c "import hmac,hashlib,ipaddress;ks,kr=0x0123456789abcdef,0xfedcba9876543210;
     *   print(hmac.new(ks.to_bytes(8,'big')+kr.to_bytes(8,'big'),bytes([1])+ipaddress.ip_address('5.6.7.1').packed+(0).to_bytes(2,'big'),hashlib.sha256).digest()[-8:].hex())"
     * (id 2 with port 8080; the v6 rows swap the keys and use 2001:db8::5:6:7:1)
     */
    @ParameterizedTest(name = "id {2} address {3} port {4}")
    @CsvSource({
        "0123456789abcdef, fedcba9876543210, 1, 05060701, -1, 8bb7f4db6681e7df",
        "0123456789abcdef, fedcba9876543210, 2, 05060701, 8080, a9f1162d5af03859",
        "fedcba9876543210, 0123456789abcdef, 7, 20010db8000000000005000600070001, 443, 2694ab6bc82838fa",
        "fedcba9876543210, 0123456789abcdef, 255, 20010db8000000000005000600070001, -1, a45fd7d91389a7ac",
    })
    void addAddrHmacIsTheRightmost64BitsOverIdAddressAndPort(
            String keySender, String keyReceiver, int id, String address, int port, String expected) {
        OptionalInt optionalPort = port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
        long hmac = MptcpCrypto.addAddrHmac(Long.parseUnsignedLong(keySender, 16),
                Long.parseUnsignedLong(keyReceiver, 16), id, HexFormat.of().parseHex(address), optionalPort);
        assertThat(hmac).isEqualTo(Long.parseUnsignedLong(expected, 16));
    }

    @Test
    void addAddrHmacTreatsAnAbsentPortAsZero() {
        byte[] address = {5, 6, 7, 1};
        assertThat(MptcpCrypto.addAddrHmac(1L, 2L, 3, address, OptionalInt.empty()))
                .isEqualTo(MptcpCrypto.addAddrHmac(1L, 2L, 3, address, OptionalInt.of(0)));
    }

    @Test
    void addAddrHmacOfATypedAddressHashesItsNetworkOrderBytes() {
        long v4 = MptcpCrypto.addAddrHmac(0x0123456789abcdefL, 0xfedcba9876543210L, 1,
                IpAddress.parse("5.6.7.1"), OptionalInt.empty());
        long v6 = MptcpCrypto.addAddrHmac(0xfedcba9876543210L, 0x0123456789abcdefL, 7,
                IpAddress.parse("2001:db8::5:6:7:1"), OptionalInt.of(443));
        assertThat(v4).isEqualTo(Long.parseUnsignedLong("8bb7f4db6681e7df", 16));
        assertThat(v6).isEqualTo(Long.parseUnsignedLong("2694ab6bc82838fa", 16));
    }

    @Test
    void addAddrHmacRejectsAnAddressOfTheWrongLength() {
        assertThatThrownBy(() -> MptcpCrypto.addAddrHmac(1L, 2L, 3, new byte[5], OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 or 16");
    }
}
