package org.mptcplab.engine.wire;

/** Argument checks shared by the record constructors; failures are IllegalArgumentException. */
final class Check {
    private Check() {}

    static void range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " = " + value + " is outside " + min + ".." + max);
        }
    }

    static void notNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    static void unsigned32(String name, long value) {
        range(name, value, 0, 0xFFFF_FFFFL);
    }
}
