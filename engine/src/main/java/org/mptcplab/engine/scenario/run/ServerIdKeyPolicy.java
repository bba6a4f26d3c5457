package org.mptcplab.engine.scenario.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.mptcplab.engine.lb.ServerIdToken;
import org.mptcplab.engine.mptcp.KeyPolicy;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.Scenario;

/**
 * The key policy of a server behind a {@code serverIdToken} balancer (draft-paasch-mptcp-loadbalancer):
 * keys are drawn until the token's top {@code idBits} bits hold the server's id, its position in the
 * balancer's backend list, which is what {@link org.mptcplab.engine.lb.LoadBalancer#serverId} and
 * {@link org.mptcplab.engine.lb.ServerIdDispatch} use. The draft's exact encoding is not public; this is
 * the lab's model of the idea (see {@link ServerIdToken}).
 */
final class ServerIdKeyPolicy implements KeyPolicy {
    /**
     * Draws allowed per possible id value. One draw fits with probability 2^-idBits, so failing all
     * 64 * 2^idBits draws has probability about e^-64: never, yet a rigged stream still terminates.
     */
    static final int DRAWS_PER_ID = 64;

    private final ServerIdToken ids;
    private final int serverId;

    ServerIdKeyPolicy(int idBits, int serverId) {
        this.ids = new ServerIdToken(idBits);
        if (serverId < 0 || serverId >= ids.maxIds()) {
            throw new IllegalArgumentException("server id " + serverId + " does not fit in " + idBits + " bits");
        }
        this.serverId = serverId;
    }

    /** Policies of every backend of a serverIdToken balancer in {@code scenario}, by host name. */
    static Map<String, KeyPolicy> forScenario(Scenario scenario) {
        Map<String, KeyPolicy> policies = new LinkedHashMap<>();
        for (NodeSpec n : scenario.nodes()) {
            if (n instanceof LoadBalancerSpec lb && lb.mode() == LbMode.SERVER_ID_TOKEN) {
                List<String> servers = lb.backends().stream().map(BackendSpec::node).toList();
                for (int id = 0; id < servers.size(); id++) {
                    // the validator guarantees a server shared by two such balancers has one id
                    policies.putIfAbsent(servers.get(id), new ServerIdKeyPolicy(lb.serverIdBits(), id));
                }
            }
        }
        return policies;
    }

    int serverId() {
        return serverId;
    }

    @Override
    public long draw(LongSupplier random) {
        return ids.chooseKey(serverId, random, DRAWS_PER_ID * ids.maxIds()).key();
    }

    @Override
    public String toString() {
        return "server id " + serverId + " in the top " + ids.idBits() + " token bits";
    }
}
