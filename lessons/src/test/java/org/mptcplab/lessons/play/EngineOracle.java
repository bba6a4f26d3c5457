package org.mptcplab.lessons.play;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.lessons.model.Query;

/**
 * Recomputes a question's answer from a fresh run of the engine with logic of its own (nonces
 * instead of sequence numbers, the JDK's SHA-256 and HMAC instead of the engine's crypto), so that
 * a test can compare it with what the player computed at the same instant.
 */
final class EngineOracle {
    private final List<TraceEvent> all = new ArrayList<>();
    private final long at;

    private EngineOracle(Scenario s, long at) {
        this.at = at;
        ScenarioRun run = ScenarioRun.build(s, s.seed());
        run.addSink(all::add);
        Simulator sim = run.simulator();
        long until = Math.min(s.duration(), at + Recording.LOOKAHEAD);
        while (sim.peek() <= until) {
            sim.step();
        }
    }

    static String answer(Scenario s, long at, Query q) {
        return new EngineOracle(s, at).answer(q);
    }

    private String answer(Query q) {
        return switch (q) {
            case BACKEND_OF_NEXT_JOIN -> received(joinSyn().senderNonce());
            case BACKEND_OF_CONNECTION -> packets(PacketEvent.Kind.RECEIVED).stream()
                    .filter(p -> TcpFlags.isSynOnly(p.packet().tcp().flags())).findFirst().orElseThrow().node();
            case TOKEN_LOOKED_UP_BY_SERVER -> HexFormat.of().formatHex(sha256(serverKey()), 0, 4);
            case SERVER_IDSN -> HexFormat.of().formatHex(sha256(serverKey()), 24, 32);
            case C_FLAG_SET -> (synAck().flags() & MpCapableFlags.NO_JOIN_TO_SOURCE) != 0 ? "yes" : "no";
            case RST_COUNT -> String.valueOf(packets(PacketEvent.Kind.SENT).stream()
                    .filter(p -> p.time() <= at && p.packet().hasFlag(TcpFlags.RST)).count());
            case SUBFLOWS_ESTABLISHED -> String.valueOf(all.stream().filter(e -> e.time() <= at
                    && e instanceof SubflowEvent s && s.node().equals("client")
                    && s.action() == SubflowEvent.Action.ESTABLISHED).count());
            case ADD_ADDR_TRANSMISSIONS -> String.valueOf(all.stream().filter(e -> e.time() <= at
                    && e instanceof AddAddrEvent a && (a.action() == AddAddrEvent.Action.SENT
                    || a.action() == AddAddrEvent.Action.RETRANSMITTED)).count());
            case ADD_ADDR_ADDRESS -> all.stream().filter(e -> e instanceof AddAddrEvent a
                    && a.action() == AddAddrEvent.Action.SENT).map(e -> ((AddAddrEvent) e).address().toString())
                    .findFirst().orElseThrow();
            case JOIN_OUTCOME -> joinOutcome();
            case JOIN_SYNACK_HMAC -> joinSynAckHmac();
            case HASH_OF_JOIN -> all.stream().filter(e -> e instanceof HashDecision d
                    && d.tuple().srcPort() == joinEvent().packet().srcPort()).findFirst()
                    .map(e -> String.format("0x%08x", ((HashDecision) e).hash())).orElseThrow();
        };
    }

    private List<PacketEvent> packets(PacketEvent.Kind kind) {
        return all.stream().filter(e -> e instanceof PacketEvent p && p.kind() == kind).map(PacketEvent.class::cast)
                .toList();
    }

    /** The first JOIN sent at or after the instant, else the last one before it (then in flight at the cursor). */
    private PacketEvent joinEvent() {
        List<PacketEvent> joins = packets(PacketEvent.Kind.SENT).stream()
                .filter(p -> TcpFlags.isSynOnly(p.packet().tcp().flags())
                        && option(p.packet(), MpJoinSyn.class) != null)
                .toList();
        return joins.stream().filter(p -> p.time() >= at).findFirst()
                .orElseGet(() -> joins.get(joins.size() - 1));
    }

    private MpJoinSyn joinSyn() {
        return option(joinEvent().packet(), MpJoinSyn.class);
    }

    private String received(int nonce) {
        return packets(PacketEvent.Kind.RECEIVED).stream().filter(p -> option(p.packet(), MpJoinSyn.class) != null
                && option(p.packet(), MpJoinSyn.class).senderNonce() == nonce).findFirst().orElseThrow().node();
    }

    private MpCapableSynAck synAck() {
        return packets(PacketEvent.Kind.SENT).stream().map(p -> option(p.packet(), MpCapableSynAck.class))
                .filter(o -> o != null).findFirst().orElseThrow();
    }

    private long serverKey() {
        return synAck().key();
    }

    private String joinOutcome() {
        int port = joinEvent().packet().srcPort();
        return all.stream().filter(e -> e instanceof SubflowEvent s && s.node().equals("client")
                && s.flow().srcPort() == port && s.action() == SubflowEvent.Action.ESTABLISHED).findFirst()
                .map(e -> "established").orElse("refused");
    }

    private String joinSynAckHmac() {
        MpJoinSyn syn = joinSyn();
        int port = joinEvent().packet().srcPort();
        MpJoinSynAck synAck = packets(PacketEvent.Kind.SENT).stream().filter(p -> p.packet().dstPort() == port)
                .map(p -> option(p.packet(), MpJoinSynAck.class)).filter(o -> o != null).findFirst().orElseThrow();
        long clientKey = packets(PacketEvent.Kind.SENT).stream().filter(p -> p.node().equals("client"))
                .map(p -> option(p.packet(), MpCapableAck.class)).filter(o -> o != null).findFirst().orElseThrow()
                .senderKey();
        // RFC 8684 section 3.2: HMAC(Key=(Key-B + Key-A), Msg=(R-B + R-A)), leftmost 64 bits; B is the server.
        byte[] key = ByteBuffer.allocate(16).putLong(serverKey()).putLong(clientKey).array();
        byte[] msg = ByteBuffer.allocate(8).putInt(synAck.senderNonce()).putInt(syn.senderNonce()).array();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(msg), 0, 8);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sha256(long key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(8).putLong(key).array());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static <T extends TcpOption> T option(Packet p, Class<T> type) {
        return p.tcp().find(type).orElse(null);
    }
}
