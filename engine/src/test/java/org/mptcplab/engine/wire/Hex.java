package org.mptcplab.engine.wire;

import java.util.HexFormat;

/** Test helper: hex literals with spaces and '|' separators for readability. */
final class Hex {
    private Hex() {}

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", "").replace("|", "").replace("\n", ""));
    }

    static String string(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
