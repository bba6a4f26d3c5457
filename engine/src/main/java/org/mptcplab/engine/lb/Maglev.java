package org.mptcplab.engine.lb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maglev consistent hashing (Eisenbud et al., "Maglev: A Fast and Reliable Software Network Load
 * Balancer", NSDI 2016, §3.4, Pseudocode 1). The lookup table has a prime number M of slots. Each
 * backend has a preference list over all slots:
 * <pre>
 *   offset = crc32(name)   mod M
 *   skip   = jenkins(name) mod (M - 1) + 1
 *   permutation[j] = (offset + j * skip) mod M
 * </pre>
 * where {@code name} is hashed as UTF-8 with {@link Crc32} and {@link Jenkins} (the paper leaves h1
 * and h2 open; Katran uses MurmurHash3 with two seeds). Because M is prime and 1 &lt;= skip &lt; M,
 * every permutation visits every slot. Backends are sorted by name (as Katran does, so the table does
 * not depend on configuration order) and then take turns: each claims its next preferred slot that
 * is still free, until all M slots are taken. Lookup: {@code table[hash mod M]}.
 *
 * <p>The table is balanced (each backend gets M/N or M/N + 1 slots, up to the last round) and,
 * when a backend disappears, most slots of the others keep their owner; the guarantee is minimal, not
 * zero, disruption.
 */
public final class Maglev implements BackendSelector {
    /** Katran's default table size. */
    public static final int DEFAULT_TABLE_SIZE = 65537;

    private static final HashFunction OFFSET_HASH = new Crc32();
    private static final HashFunction SKIP_HASH = new Jenkins();

    private final int size;
    private final List<String> backends;
    private final int[] table;

    private Maglev(int size, List<String> sortedBackends) {
        this.size = size;
        this.backends = sortedBackends;
        this.table = populate(size, sortedBackends);
    }

    /**
     * A Maglev table of {@code tableSize} slots over {@code backends} (any order; they are sorted).
     *
     * @throws IllegalArgumentException if {@code tableSize} is not prime or names are invalid
     */
    public static Maglev of(int tableSize, List<String> backends) {
        if (!isPrime(tableSize)) {
            throw new IllegalArgumentException("Maglev table size must be prime, got " + tableSize);
        }
        List<String> sorted = new ArrayList<>(Backends.checkNames(backends));
        sorted.sort(null);
        return new Maglev(tableSize, List.copyOf(sorted));
    }

    /** True when {@code n} is a prime number (trial division; table sizes are small). */
    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** The first slot in {@code name}'s preference list: crc32(UTF-8 name) mod M. */
    public int offset(String name) {
        return (int) (OFFSET_HASH.hash(name.getBytes(StandardCharsets.UTF_8)) % size);
    }

    /** The step through {@code name}'s preference list: jenkins(UTF-8 name) mod (M - 1) + 1. */
    public int skip(String name) {
        return (int) (SKIP_HASH.hash(name.getBytes(StandardCharsets.UTF_8)) % (size - 1)) + 1;
    }

    /** {@code name}'s full preference list: permutation[j] = (offset + j * skip) mod M. */
    public int[] permutation(String name) {
        int[] permutation = new int[size];
        long offset = offset(name);
        long skip = skip(name);
        for (int j = 0; j < size; j++) {
            permutation[j] = (int) ((offset + j * skip) % size);
        }
        return permutation;
    }

    /** Table size M. */
    public int tableSize() {
        return size;
    }

    /** The lookup table: for each slot, the index in {@link #backends()} of its owner (-1 if none). */
    public int[] table() {
        return table.clone();
    }

    /** How many slots {@code name} owns (0 for an unknown name). */
    public int slotsOf(String name) {
        int index = backends.indexOf(name);
        return index < 0 ? 0 : (int) Arrays.stream(table).filter(owner -> owner == index).count();
    }

    @Override
    public String method() {
        return "maglev M=" + size;
    }

    /** The backends sorted by name, the order {@link #table()} indexes. */
    @Override
    public List<String> backends() {
        return backends;
    }

    @Override
    public Selection select(long hash) {
        Backends.checkSelect(hash, backends);
        int slot = (int) (hash % size);
        return new Selection(slot, backends.get(table[slot]));
    }

    @Override
    public Maglev withBackends(List<String> live) {
        return of(size, live);
    }

    @Override
    public String toString() {
        return method() + " " + backends;
    }

    private int[] populate(int m, List<String> names) {
        int[] entry = new int[m];
        Arrays.fill(entry, -1);
        int n = names.size();
        if (n == 0) {
            return entry;
        }
        long[] offsets = new long[n];
        long[] skips = new long[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = offset(names.get(i));
            skips[i] = skip(names.get(i));
        }
        long[] next = new long[n];
        int filled = 0;
        while (true) {
            for (int i = 0; i < n; i++) {
                int c = (int) ((offsets[i] + next[i] * skips[i]) % m);
                while (entry[c] >= 0) {
                    next[i]++;
                    c = (int) ((offsets[i] + next[i] * skips[i]) % m);
                }
                entry[c] = i;
                next[i]++;
                filled++;
                if (filled == m) {
                    return entry;
                }
            }
        }
    }
}
