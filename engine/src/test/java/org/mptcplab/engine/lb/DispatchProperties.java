package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Packet;

/** Dispatch policies against a fixed three-backend balancing context, without a network. */
class DispatchProperties {
    private static final List<String> SERVERS = List.of("s1", "s2", "s3");

    /** A context over ModN of s1..s3 that records its notes. */
    static final class Context implements Balancing {
        final List<String> notes = new ArrayList<>();
        private final HashDecisionBuilder hashing = new HashDecisionBuilder(new Jenkins(), HashInput.L4);
        private final BackendSelector selector = ModN.of(SERVERS);

        @Override
        public HashDecisionBuilder hashing() {
            return hashing;
        }

        @Override
        public BackendSelector selector() {
            return selector;
        }

        @Override
        public List<String> allBackends() {
            return SERVERS;
        }

        @Override
        public boolean isLive(String backend) {
            return SERVERS.contains(backend);
        }

        @Override
        public void note(String detail) {
            notes.add(detail);
        }
    }

    @Property(tries = 200)
    void explainedAndUnexplainedHashChoicesAgree(@ForAll int client, @ForAll @IntRange(min = 1, max = 65535) int port) {
        Context ctx = new Context();
        Packet p = Pkt.syn(new Ipv4Address(client).toString(), port, "1.2.3.4", 80);
        FiveTuple t = FiveTuple.of(p);
        HashDispatch dispatch = new HashDispatch();

        Outcome quiet = dispatch.decide(p, t, ctx, false);
        Outcome explained = dispatch.decide(p, t, ctx, true);

        assertThat(quiet.explanation()).isNull();
        assertThat(explained.backend()).isEqualTo(quiet.backend()).isEqualTo(explained.explanation().chosen());
    }

    @Property(tries = 100)
    void statefulSendsEveryJoinOfALearnedConnectionToItsServer(@ForAll long serverKey, @ForAll int joinClient,
            @ForAll @IntRange(min = 1, max = 65535) int joinPort, @ForAll @IntRange(min = 0, max = 2) int server) {
        Context ctx = new Context();
        MptcpStatefulDispatch dispatch = new MptcpStatefulDispatch();
        dispatch.forwarded(Pkt.mpCapableAck("10.0.0.1", 40000, "1.2.3.4", 80, 5, serverKey), SERVERS.get(server), ctx);
        Packet join = Pkt.joinSyn(new Ipv4Address(joinClient).toString(), joinPort, "1.2.3.4", 80,
                MptcpCrypto.token(serverKey));
        Packet next = Pkt.data(new Ipv4Address(joinClient).toString(), joinPort, "1.2.3.4", 80, 10);

        Outcome first = dispatch.decide(join, FiveTuple.of(join), ctx, true);
        Outcome second = dispatch.decide(next, FiveTuple.of(next), ctx, false);

        assertThat(first.backend()).isEqualTo(SERVERS.get(server));
        assertThat(second.backend()).as("the JOIN's later packets carry no token").isEqualTo(SERVERS.get(server));
        assertThat(first.explanation().method()).isEqualTo("token table (1 entries)");
        assertThat(ctx.notes).hasSize(2);
    }

    @Property(tries = 30)
    void serverIdInTheTokenNamesTheServer(@ForAll @IntRange(min = 0, max = 2) int id, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 65535) int joinPort) {
        Context ctx = new Context();
        ServerIdDispatch dispatch = new ServerIdDispatch(2);
        SplittableRandom random = new SplittableRandom(seed);
        int token = dispatch.ids().chooseKey(id, random::nextLong, 10_000).token();
        Packet join = Pkt.joinSyn("10.0.9.1", joinPort, "1.2.3.4", 80, token);

        Outcome outcome = dispatch.decide(join, FiveTuple.of(join), ctx, false);

        assertThat(outcome.backend()).isEqualTo(SERVERS.get(id));
    }
}
