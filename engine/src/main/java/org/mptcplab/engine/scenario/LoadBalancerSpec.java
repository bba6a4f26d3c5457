package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A layer-4 load balancer owning a virtual IP (PROTOCOL.md §1 and §3).
 *
 * @param name            unique name
 * @param vip             the load-balanced address
 * @param forwarding      NAT or direct server return
 * @param hashFunction    {@code crc32}, {@code jenkins} or {@code toeplitz}
 * @param fields          hashed fields
 * @param method          how the hash picks a backend
 * @param tableSize       Maglev table size (prime) or resilient bucket count; ignored otherwise
 * @param flowTable       per-flow connection table capacity (Katran-like pinning), 0 for none
 * @param mode            what the load balancer knows about MPTCP
 * @param backends        servers in table order
 * @param beamerThreshold Beamer: destination ports below it are hashed, others name a server
 * @param serverIdBits    token-carries-server-id: number of leading token bits holding the id
 */
public record LoadBalancerSpec(String name, IpAddress vip, Forwarding forwarding, String hashFunction,
        HashFields fields, SelectorMethod method, int tableSize, int flowTable, LbMode mode,
        List<BackendSpec> backends, int beamerThreshold, int serverIdBits) implements NodeSpec {

    /** Maglev table size used when a file gives none: a small prime that fits on a slide. */
    public static final int DEFAULT_TABLE_SIZE = 13;

    /** Requires every part and copies the backend list. */
    public LoadBalancerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vip, "vip");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(hashFunction, "hashFunction");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(mode, "mode");
        backends = List.copyOf(backends);
    }

    /** The backend on node {@code node}, or {@code null}. */
    public BackendSpec backend(String node) {
        for (BackendSpec b : backends) {
            if (b.node().equals(node)) {
                return b;
            }
        }
        return null;
    }

    @Override
    public String type() {
        return "loadBalancer";
    }
}
