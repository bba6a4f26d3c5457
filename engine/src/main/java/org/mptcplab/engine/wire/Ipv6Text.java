package org.mptcplab.engine.wire;

import java.util.ArrayList;
import java.util.List;

/** IPv6 text parsing (RFC 4291 §2.2) and canonical formatting (RFC 5952 §4). */
final class Ipv6Text {
    private static final int GROUPS = 8;

    private Ipv6Text() {}

    static int[] parse(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            throw invalid(text);
        }
        List<Integer> head;
        List<Integer> tail;
        if (doubleColon >= 0) {
            head = groups(text.substring(0, doubleColon), text, false);
            tail = groups(text.substring(doubleColon + 2), text, true);
            if (head.size() + tail.size() > GROUPS - 1) {
                throw invalid(text);
            }
        } else {
            head = groups(text, text, true);
            tail = List.of();
            if (head.size() != GROUPS) {
                throw invalid(text);
            }
        }
        int[] result = new int[GROUPS];
        for (int i = 0; i < head.size(); i++) {
            result[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            result[GROUPS - tail.size() + i] = tail.get(i);
        }
        return result;
    }

    private static List<Integer> groups(String part, String whole, boolean mayEndInIpv4) {
        List<Integer> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        String[] fields = part.split(":", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            if (mayEndInIpv4 && i == fields.length - 1 && field.indexOf('.') >= 0) {
                int v4 = Ipv4Address.parse(field).value();
                out.add(v4 >>> 16);
                out.add(v4 & 0xFFFF);
            } else if (field.isEmpty() || field.length() > 4
                    || !field.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                throw invalid(whole);
            } else {
                out.add(Integer.parseInt(field, 16));
            }
        }
        return out;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not an IPv6 address: " + text);
    }

    static String format(Ipv6Address address) {
        int[] g = address.groups();
        if (address.high() == 0 && (address.low() >>> 32) == 0xFFFFL) {
            return "::ffff:" + new Ipv4Address((int) address.low());
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < GROUPS && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
