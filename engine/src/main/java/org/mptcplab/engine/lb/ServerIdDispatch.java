package org.mptcplab.engine.lb;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * "The token carries a server id" (draft-paasch-mptcp-loadbalancer), modelled with
 * {@link ServerIdToken}: each server picks its MP_CAPABLE key so the top {@code idBits} bits of its
 * token are its id, the balancer reads the id from every MP_JOIN SYN's token and needs no per-connection
 * table for it. Server ids are positions in the balancer's configured backend list
 * ({@link Balancing#allBackends()}; {@link LoadBalancer#serverId(String)} tells a server its id).
 *
 * <p>Simplified: how the balancer recognises the JOIN's later packets, which carry no token, is not
 * modelled faithfully; here it pins the subflow's 5-tuple after the JOIN SYN (one entry per extra
 * subflow, see {@link #subflowTable()}). Initial subflows and JOINs whose id names no live server
 * are hashed.
 */
public final class ServerIdDispatch implements Dispatch {
    private final ServerIdToken ids;
    private final PinnedFlows subflows;

    /** A dispatch reading ids with {@code ids}, pinning at most {@code subflowCapacity} JOIN subflows. */
    public ServerIdDispatch(ServerIdToken ids, int subflowCapacity) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.subflows = new PinnedFlows(subflowCapacity, "subflow table");
    }

    /** A dispatch with ids of {@code idBits} bits and the default subflow capacity. */
    public ServerIdDispatch(int idBits) {
        this(new ServerIdToken(idBits), MptcpStatefulDispatch.DEFAULT_SUBFLOW_CAPACITY);
    }

    /** The id encoding; servers call {@link ServerIdToken#chooseKey} with it. */
    public ServerIdToken ids() {
        return ids;
    }

    /** JOIN subflows pinned after their SYN. */
    public FlowTable subflowTable() {
        return subflows.table();
    }

    @Override
    public String name() {
        return "server-id-token";
    }

    @Override
    public Outcome decide(Packet packet, FiveTuple tuple, Balancing balancing, boolean explain) {
        Outcome pinned = subflows.lookup(tuple, balancing, explain);
        if (pinned != null) {
            return pinned;
        }
        OptionalInt token = MptcpPeek.joinToken(packet);
        if (token.isPresent()) {
            List<String> servers = balancing.allBackends();
            String backend = ids.backendFor(token.getAsInt(), servers).filter(balancing::isLive).orElse(null);
            if (backend != null) {
                subflows.pin(tuple, backend);
                return new Outcome(backend, explain ? explain(tuple, token.getAsInt(), servers, backend) : null);
            }
            balancing.note("MP_JOIN token " + TokenTable.tokenHex(token.getAsInt()) + " carries id "
                    + ids.idOf(token.getAsInt()) + ", no live server: hashed");
        }
        return balancing.hashed(tuple, explain);
    }

    @Override
    public void backendRemoved(String backend) {
        subflows.forget(backend);
    }

    private LbDecision explain(FiveTuple tuple, int token, List<String> servers, String backend) {
        int id = ids.idOf(token);
        return new LbDecision(tuple, "token", "server-id", String.format("%08x", token), Integer.toUnsignedLong(token),
                "top " + ids.idBits() + " bits of token = server id " + id, id, servers, backend);
    }
}
