package org.mptcplab.engine.lb;

import java.util.List;
import java.util.TreeSet;

/** Argument checks shared by the selectors. */
final class Backends {
    private Backends() {}

    /** An immutable copy of {@code names}, refusing nulls, blanks and duplicates. */
    static List<String> checkNames(List<String> names) {
        TreeSet<String> seen = new TreeSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("backend names must be non-blank: " + names);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate backend '" + name + "' in " + names);
            }
        }
        return List.copyOf(names);
    }

    /** Refuses hashes outside 0..2^32-1 and selection among no backends. */
    static void checkSelect(long hash, List<String> backends) {
        if (hash < 0 || hash > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("hash must be an unsigned 32-bit value: " + hash);
        }
        if (backends.isEmpty()) {
            throw new IllegalStateException("no live backend to select");
        }
    }
}
