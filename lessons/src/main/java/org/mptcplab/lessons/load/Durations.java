package org.mptcplab.lessons.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as lesson files write them: a decimal number and a unit (ns, us, ms, s). */
final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)\\s*(ns|us|ms|s)");

    private Durations() {
    }

    /** Nanoseconds, or -1 when {@code text} is not a duration or not a whole number of ns. */
    static long parse(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        long unit = switch (m.group(2)) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        try {
            return nanos.longValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }
}
