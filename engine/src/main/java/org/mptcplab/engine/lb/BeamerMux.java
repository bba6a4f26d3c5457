package org.mptcplab.engine.lb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * The stateless multiplexer of Beamer (Olteanu &amp; Raiciu, HotMiddlebox 2016; NSDI 2018) as far as
 * MPTCP is concerned: each server advertises ADD_ADDR(VIP, port = its own port), so JOINs toward the
 * VIP carry the server's identity in their destination port. Packets to a port below the threshold
 * (1024: the service ports) are hashed as usual; packets to a higher port go to the server owning
 * that port. Simplified: Beamer's daisy chaining of old and new servers during reconfiguration is
 * not modelled.
 */
public final class BeamerMux {
    /** Beamer hashes destination ports below this value and maps the others. */
    public static final int DEFAULT_THRESHOLD = 1024;

    private final int threshold;
    private final TreeMap<Integer, String> serverByPort;

    /** A mux hashing ports below {@code threshold} and mapping the ports in {@code serverByPort}. */
    public BeamerMux(int threshold, Map<Integer, String> serverByPort) {
        if (threshold < 1 || threshold > 0xFFFF) {
            throw new IllegalArgumentException("threshold must be in 1..65535, got " + threshold);
        }
        this.threshold = threshold;
        this.serverByPort = new TreeMap<>(serverByPort);
        this.serverByPort.forEach((port, server) -> {
            if (port < threshold || port > 0xFFFF) {
                throw new IllegalArgumentException("server port " + port + " of " + server
                        + " must be in " + threshold + "..65535");
            }
        });
        Backends.checkNames(List.copyOf(this.serverByPort.values()));
    }

    /** Default threshold, servers numbered from {@code firstPort} in the given order. */
    public static BeamerMux consecutivePorts(int firstPort, List<String> servers) {
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < servers.size(); i++) {
            map.put(firstPort + i, servers.get(i));
        }
        return new BeamerMux(DEFAULT_THRESHOLD, map);
    }

    /** True when a packet to {@code dstPort} is balanced by hash. */
    public boolean hashes(int dstPort) {
        return dstPort < threshold;
    }

    /** The server owning {@code dstPort} (empty for hashed ports and unmapped ones). */
    public Optional<String> serverFor(int dstPort) {
        return hashes(dstPort) ? Optional.empty() : Optional.ofNullable(serverByPort.get(dstPort));
    }

    /** The port {@code server} advertises in its ADD_ADDR. */
    public OptionalInt portOf(String server) {
        return serverByPort.entrySet().stream().filter(e -> e.getValue().equals(server))
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    /**
     * The decision for {@code tuple}: by {@code hashing} and {@code selector} below the threshold, by
     * the port map above it; empty when the port belongs to no server (the mux drops the packet).
     */
    public Optional<LbDecision> decide(FiveTuple tuple, HashDecisionBuilder hashing, BackendSelector selector) {
        int port = tuple.dstPort();
        if (hashes(port)) {
            return Optional.of(hashing.decide(tuple, selector));
        }
        String server = serverByPort.get(port);
        if (server == null) {
            return Optional.empty();
        }
        return Optional.of(new LbDecision(tuple, "dport", "port-map", String.format("%04x", port), port,
                "beamer port >= " + threshold + " -> server", -1, List.copyOf(serverByPort.values()), server));
    }
}
