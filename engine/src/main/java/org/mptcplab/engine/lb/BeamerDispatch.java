package org.mptcplab.engine.lb;

import java.util.Objects;
import java.util.Optional;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * Beamer-style dispatch (Olteanu &amp; Raiciu, HotMiddlebox 2016 / NSDI 2018) around a
 * {@link BeamerMux}: service ports (below the threshold) are hashed, higher destination ports name a
 * server. The servers' side, advertising ADD_ADDR(VIP, port = own port) so that JOINs come back to
 * their port, belongs to the MPTCP stack. Stateless: no table grows with connections.
 *
 * <p>Simplified: a port whose server is removed from the live set is dropped rather than
 * daisy-chained to the old server as Beamer does during reconfiguration.
 */
public final class BeamerDispatch implements Dispatch {
    private final BeamerMux mux;

    /** A dispatch with the given port map. */
    public BeamerDispatch(BeamerMux mux) {
        this.mux = Objects.requireNonNull(mux, "mux");
    }

    /** The mux: threshold and port -> server map (the servers ask it for their port). */
    public BeamerMux mux() {
        return mux;
    }

    @Override
    public String name() {
        return "beamer";
    }

    @Override
    public Outcome decide(Packet packet, FiveTuple tuple, Balancing balancing, boolean explain) {
        if (mux.hashes(tuple.dstPort())) {
            return balancing.hashed(tuple, explain);
        }
        Optional<String> server = mux.serverFor(tuple.dstPort()).filter(balancing::isLive);
        if (server.isEmpty()) {
            return null;
        }
        LbDecision why = explain
                ? mux.decide(tuple, balancing.hashing(), balancing.selector()).orElseThrow()
                : null;
        return new Outcome(server.get(), why);
    }
}
