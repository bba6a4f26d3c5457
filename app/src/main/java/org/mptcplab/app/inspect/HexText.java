package org.mptcplab.app.inspect;

import java.util.HexFormat;

/** Fixed-width hex as the derivation trail prints it: keys 16 digits, tokens and nonces 8. */
final class HexText {
    private HexText() {}

    static String key(long key) {
        return String.format("0x%016x", key);
    }

    static String u32(int value) {
        return String.format("0x%08x", value);
    }

    static String bytes(byte[] bytes) {
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
