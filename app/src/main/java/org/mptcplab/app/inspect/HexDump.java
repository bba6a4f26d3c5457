package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;

/** Formats bytes as hex dump lines ("0000  45 00 ..."), 16 bytes per line. */
public final class HexDump {
    /** Bytes per line. */
    public static final int PER_LINE = 16;

    private HexDump() {}

    /** The dump lines of {@code bytes}. */
    public static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += PER_LINE) {
            StringBuilder sb = new StringBuilder(String.format("%04x ", start));
            for (int i = start; i < Math.min(bytes.length, start + PER_LINE); i++) {
                sb.append(' ').append(byteHex(bytes[i]));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Two lower-case hex digits. */
    public static String byteHex(byte b) {
        return String.format("%02x", b & 0xFF);
    }
}
