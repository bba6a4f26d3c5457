package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** Collects {@link Problem}s in the order checks find them; package-private helper of the validator. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    /** Runs a record-building or range check and turns its IllegalArgumentException into a problem. */
    void check(String path, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
        }
    }

    <T> T attempt(String path, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return null;
        }
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    /** {@code "s4" (known: a, b)} style text for unknown names. */
    static String unknown(String what, String name, Collection<String> known) {
        return "unknown " + what + " \"" + name + "\" (known: " + (known.isEmpty() ? "none" : String.join(", ", known))
                + ")";
    }
}
