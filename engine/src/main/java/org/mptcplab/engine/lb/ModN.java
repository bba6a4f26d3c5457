package org.mptcplab.engine.lb;

import java.util.List;

/**
 * The simplest stateless balancer: backend index = hash mod N, over the backends in configuration
 * order. When N changes almost every flow moves: a flow stays only if hash mod N and hash mod N' agree
 * on the same name, about 1/N of flows when one of N backends goes away.
 */
public final class ModN implements BackendSelector {
    private final List<String> backends;

    private ModN(List<String> backends) {
        this.backends = backends;
    }

    /** Mod-N selection over {@code backends}, in this order. */
    public static ModN of(List<String> backends) {
        return new ModN(Backends.checkNames(backends));
    }

    @Override
    public String method() {
        return "mod " + backends.size();
    }

    @Override
    public List<String> backends() {
        return backends;
    }

    @Override
    public Selection select(long hash) {
        Backends.checkSelect(hash, backends);
        int slot = (int) (hash % backends.size());
        return new Selection(slot, backends.get(slot));
    }

    @Override
    public ModN withBackends(List<String> live) {
        return of(live);
    }

    @Override
    public String toString() {
        return method() + " " + backends;
    }
}
