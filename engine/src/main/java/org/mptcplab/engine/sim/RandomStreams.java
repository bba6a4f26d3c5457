package org.mptcplab.engine.sim;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Independent named random streams derived from one run seed. Each user (a link's loss model, a
 * host's key generator, a client's port chooser) asks for its own stream by a stable name, so adding
 * a consumer never shifts the numbers another one sees.
 */
public final class RandomStreams {
    private final long seed;
    private final Map<String, RandomStream> streams = new TreeMap<>();

    /** Streams for the run seed {@code seed}. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The run seed. */
    public long seed() {
        return seed;
    }

    /** The stream called {@code name}; the same name always gives the same stream object. */
    public RandomStream stream(String name) {
        return streams.computeIfAbsent(name, n -> new RandomStream(derive(seed, n)));
    }

    /** A fresh stream for {@code name} that does not share state with {@link #stream(String)}. */
    public RandomStream fork(String name) {
        return new RandomStream(derive(seed, name));
    }

    /** Seed of a named stream: FNV-1a over the UTF-8 name, mixed with the run seed. */
    static long derive(long seed, String name) {
        long h = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return RandomStream.mix(seed ^ RandomStream.mix(h));
    }
}
