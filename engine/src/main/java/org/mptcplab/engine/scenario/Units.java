package org.mptcplab.engine.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Quantities with units as scenario files write them: {@code "10Mbps"}, {@code "5ms"}, {@code "1.5s"},
 * {@code "10MB"}. A bare number is in the SI base unit (bit/s, second, byte). Results are exact
 * integers (nanoseconds, bit/s, bytes): decimal text is parsed as a {@link BigDecimal}, so
 * {@code "0.1s"} is exactly 100,000,000 ns and never a rounded double.
 *
 * <p>Sizes follow the SI convention for decimal prefixes (1 MB = 10^6 bytes, as network tools
 * report transfers) and IEC for binary ones (1 MiB = 2^20 bytes).
 */
public final class Units {
    private record Unit(String suffix, BigDecimal factor) {}

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static final List<Unit> DURATIONS = List.of(
            new Unit("ns", BigDecimal.ONE), new Unit("us", THOUSAND), new Unit("\u00b5s", THOUSAND),
            new Unit("ms", BigDecimal.valueOf(1_000_000)), new Unit("s", BigDecimal.valueOf(1_000_000_000)),
            new Unit("min", BigDecimal.valueOf(60_000_000_000L)));

    private static final List<Unit> RATES = List.of(
            new Unit("bps", BigDecimal.ONE), new Unit("kbps", THOUSAND),
            new Unit("mbps", BigDecimal.valueOf(1_000_000)), new Unit("gbps", BigDecimal.valueOf(1_000_000_000)),
            new Unit("tbps", BigDecimal.valueOf(1_000_000_000_000L)));

    private static final List<Unit> SIZES = List.of(
            new Unit("B", BigDecimal.ONE), new Unit("kB", THOUSAND), new Unit("KB", THOUSAND),
            new Unit("MB", BigDecimal.valueOf(1_000_000)), new Unit("GB", BigDecimal.valueOf(1_000_000_000)),
            new Unit("KiB", BigDecimal.valueOf(1L << 10)), new Unit("MiB", BigDecimal.valueOf(1L << 20)),
            new Unit("GiB", BigDecimal.valueOf(1L << 30)));

    /** Seconds in nanoseconds, for bare numbers given as durations. */
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000);

    private Units() {
    }

    /**
     * A duration in nanoseconds: {@code "200us"}, {@code "5ms"}, {@code "1.5s"}, {@code "2min"}, or
     * bare seconds ({@code "0.005"}).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong and what is expected
     */
    public static long duration(String text) {
        return parse(text, DURATIONS, NANOS_PER_SECOND, false, "duration",
                "a number with a unit such as 200us, 5ms or 1.5s", "nanoseconds");
    }

    /** A rate in bit/s: {@code "10Mbps"}, {@code "1Gbps"}, {@code "64kbps"} or bare bit/s. */
    public static long rate(String text) {
        return parse(text, RATES, BigDecimal.ONE, true, "rate",
                "a number with a unit such as 10Mbps or 1Gbps", "bits per second");
    }

    /** A size in bytes: {@code "10MB"}, {@code "64KiB"}, {@code "1500B"} or bare bytes. */
    public static long bytes(String text) {
        return parse(text, SIZES, BigDecimal.ONE, false, "size",
                "a number with a unit such as 1500B, 64KiB or 10MB", "bytes");
    }

    /** A bare number of seconds (as a JSON number) in nanoseconds. */
    public static long seconds(BigDecimal seconds) {
        return exact(seconds.multiply(NANOS_PER_SECOND), "duration", seconds.toPlainString(), "nanoseconds");
    }

    /** Formats nanoseconds with the largest unit that keeps the value whole, e.g. {@code "5ms"}. */
    public static String formatDuration(long nanos) {
        return format(nanos, DURATIONS.stream().filter(u -> !u.suffix().equals("\u00b5s") && !u.suffix().equals("min"))
                .toList(), List.of("ns", "us", "ms", "s"));
    }

    /** Formats bit/s with the largest unit that keeps the value whole, e.g. {@code "10Mbps"}. */
    public static String formatRate(long bitsPerSecond) {
        return format(bitsPerSecond, RATES.subList(0, 4), List.of("bps", "kbps", "Mbps", "Gbps"));
    }

    /** Formats bytes with the largest decimal unit that keeps the value whole, e.g. {@code "10MB"}. */
    public static String formatBytes(long bytes) {
        return format(bytes, List.of(SIZES.get(0), SIZES.get(1), SIZES.get(3), SIZES.get(4)),
                List.of("B", "kB", "MB", "GB"));
    }

    private static String format(long value, List<Unit> units, List<String> labels) {
        BigDecimal v = BigDecimal.valueOf(value);
        for (int i = units.size() - 1; i > 0; i--) {
            BigDecimal[] qr = v.divideAndRemainder(units.get(i).factor());
            if (value != 0 && qr[1].signum() == 0) {
                return qr[0].toPlainString() + labels.get(i);
            }
        }
        return value + labels.get(0);
    }

    private static long parse(String text, List<Unit> units, BigDecimal bareFactor, boolean caseInsensitive,
            String what, String expected, String baseUnit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty " + what + " (expected " + expected + ")");
        }
        String t = text.strip();
        int end = 0;
        while (end < t.length() && "+-0123456789.eE".indexOf(t.charAt(end)) >= 0
                && !(end > 0 && (t.charAt(end) == 'e' || t.charAt(end) == 'E') && !followedByDigit(t, end))) {
            end++;
        }
        String number = t.substring(0, end);
        String suffix = t.substring(end).strip();
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + what + " \"" + text + "\" (expected " + expected + ")");
        }
        BigDecimal factor;
        if (suffix.isEmpty()) {
            factor = bareFactor;
        } else {
            factor = null;
            for (Unit u : units) {
                boolean same = caseInsensitive ? u.suffix().equalsIgnoreCase(suffix) : u.suffix().equals(suffix);
                if (same) {
                    factor = u.factor();
                }
            }
            if (factor == null) {
                throw new IllegalArgumentException("bad " + what + " \"" + text + "\": unknown unit \"" + suffix
                        + "\" (expected " + expected + ")");
            }
        }
        return exact(value.multiply(factor), what, text, baseUnit);
    }

    private static boolean followedByDigit(String t, int i) {
        int j = i + 1;
        if (j < t.length() && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
            j++;
        }
        return j < t.length() && Character.isDigit(t.charAt(j));
    }

    private static long exact(BigDecimal value, String what, String text, String baseUnit) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is not a whole number of " + baseUnit);
        }
        // A long has at most 19 digits; checking before setScale keeps 1e999999999 from expanding.
        if (stripped.precision() - stripped.scale() > 19) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is too large");
        }
        try {
            return stripped.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is too large");
        }
    }
}
