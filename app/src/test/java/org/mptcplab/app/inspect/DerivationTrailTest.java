package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/** The key -> token -> HMAC trail against the traces of the catalogue's failure and fix scenarios. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivationTrailTest {
    private List<TraceEvent> plain;
    private List<TraceEvent> fixed;

    @BeforeAll
    void record() throws Exception {
        plain = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-plain"), 5_000).events();
        fixed = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000).events();
    }

    @Test
    void mpCapableSynAckTrailHashesTheKeyInThePacketToItsTokenAndIdsn() {
        int i = first(plain, MpCapableSynAck.class, o -> true);
        long key = option(plain, i, MpCapableSynAck.class).key();
        Map<String, String> rows = rows(DerivationTrail.of(packet(plain, i), plain.subList(0, i + 1)));

        String token = HexText.u32(MptcpCrypto.token(key));
        assertThat(rows.get("Sender key")).startsWith(HexText.key(key));
        assertThat(rows.get("Sender token")).startsWith(token + " = first 4 bytes");
        assertThat(rows.get("Sender IDSN")).startsWith(HexText.key(MptcpCrypto.idsn(key)));
        // The displayed digest is the one both values were cut from: token at the front, IDSN at the end.
        assertThat(rows.get("Sender SHA-256")).hasSize(2 + 64).startsWith(token)
                .endsWith(HexText.key(MptcpCrypto.idsn(key)).substring(2));
    }

    @Test
    void mpCapableAckTrailDerivesBothKeys() {
        int i = first(plain, MpCapableAck.class, o -> true);
        MpCapableAck ack = option(plain, i, MpCapableAck.class);
        Map<String, String> rows = rows(DerivationTrail.of(packet(plain, i), List.of()));
        assertThat(rows.get("Sender token")).startsWith(HexText.u32(MptcpCrypto.token(ack.senderKey())));
        assertThat(rows.get("Receiver token")).startsWith(HexText.u32(MptcpCrypto.token(ack.receiverKey())));
    }

    @Test
    void joinSynTokenIsShownAsTheTokenOfTheServerKeyFromTheMpCapableSynAck() {
        int synAck = first(plain, MpCapableSynAck.class, o -> true);
        long serverKey = option(plain, synAck, MpCapableSynAck.class).key();
        int join = first(plain, MpJoinSyn.class, o -> true);
        MpJoinSyn syn = option(plain, join, MpJoinSyn.class);
        assertThat(syn.receiverToken()).isEqualTo(MptcpCrypto.token(serverKey));

        Map<String, String> rows = rows(DerivationTrail.of(packet(plain, join), plain.subList(0, join + 1)));
        assertThat(rows.get("Token source")).isEqualTo(HexText.u32(syn.receiverToken()) + " = token of the server key "
                + HexText.key(serverKey) + " from the MP_CAPABLE SYN/ACK at " + plain.get(synAck).node() + ", t="
                + Time.format(plain.get(synAck).time()));
        assertThat(rows.get("Nonce R-A")).startsWith(HexText.u32(syn.senderNonce()));
    }

    @Test
    void joinSynTokenIsUnknownWhenTheTraceStopsBeforeAnyKeyWasSent() {
        int synAck = first(plain, MpCapableSynAck.class, o -> true);
        int join = first(plain, MpJoinSyn.class, o -> true);
        Map<String, String> rows = rows(DerivationTrail.of(packet(plain, join), plain.subList(0, synAck)));
        assertThat(rows.get("Token source")).contains("token of no key seen so far");
    }

    @Test
    void joinSynAckHmacIsRecomputedFromServerThenClientKeyAndMatches() {
        int i = first(fixed, MpJoinSynAck.class, o -> true);
        MpCapableAck keys = option(fixed, first(fixed, MpCapableAck.class, o -> true), MpCapableAck.class);
        Map<String, String> rows = rows(DerivationTrail.of(packet(fixed, i), fixed.subList(0, i + 1)));
        assertThat(rows.get("HMAC key")).contains(HexText.key(keys.receiverKey()) + " || " + HexText.key(keys.senderKey()));
        assertThat(rows.get(HmacChecks.CHECK)).contains("matches").doesNotContain("does not match");
    }

    @Test
    void joinAckHmacUsesBothNoncesAndMatches() {
        int i = first(fixed, MpJoinAck.class, o -> true);
        MpJoinSyn syn = option(fixed, first(fixed, MpJoinSyn.class, o -> true), MpJoinSyn.class);
        MpJoinSynAck synAck = option(fixed, first(fixed, MpJoinSynAck.class, o -> true), MpJoinSynAck.class);
        Map<String, String> rows = rows(DerivationTrail.of(packet(fixed, i), fixed.subList(0, i + 1)));
        assertThat(rows.get("HMAC message")).isEqualTo("R-A || R-B = " + HexText.u32(syn.senderNonce()) + " || "
                + HexText.u32(synAck.senderNonce()));
        assertThat(rows.get(HmacChecks.CHECK)).contains("matches").doesNotContain("does not match");
    }

    @Test
    void addAddrHmacMatchesAndItsEchoCarriesNone() {
        int announce = first(fixed, AddAddr.class, a -> !a.echo());
        Map<String, String> rows = rows(DerivationTrail.of(packet(fixed, announce), fixed.subList(0, announce + 1)));
        assertThat(rows.get(HmacChecks.CHECK)).contains("matches").doesNotContain("does not match");

        int echo = first(fixed, AddAddr.class, AddAddr::echo);
        Map<String, String> echoRows = rows(DerivationTrail.of(packet(fixed, echo), fixed.subList(0, echo + 1)));
        assertThat(echoRows).containsKey("ADD_ADDR echo").doesNotContainKey(HmacChecks.CHECK);
    }

    @Test
    void aTamperedJoinSynAckHmacDoesNotMatch() {
        int i = first(fixed, MpJoinSynAck.class, o -> true);
        Packet real = packet(fixed, i);
        List<TcpOption> tampered = real.tcp().options().stream().map(o -> o instanceof MpJoinSynAck j
                ? new MpJoinSynAck(j.backup(), j.addressId(), j.truncatedHmac() ^ 1, j.senderNonce()) : o).toList();
        Packet forged = new Packet(real.ip(), real.tcp().withOptions(tampered), real.payload());
        Map<String, String> rows = rows(DerivationTrail.of(forged, fixed.subList(0, i + 1)));
        assertThat(rows.get(HmacChecks.CHECK)).contains("does not match");
    }

    @Test
    void viewModelShowsTheTrailOnlyForHandshakePackets() {
        int join = first(plain, MpJoinSyn.class, o -> true);
        PacketInspectorViewModel vm = new PacketInspectorViewModel();
        vm.traceSource(() -> plain.subList(0, join + 1));
        vm.show(packet(plain, join));
        assertThat(vm.getTrail()).extracting(TrailRow::label).contains("JOIN token", "Token source", "Nonce R-A");
        vm.show(packet(plain, first(plain, Dss.class, d -> true)));
        assertThat(vm.getTrail()).isEmpty();
        vm.show(packet(plain, join));
        vm.show(null);
        assertThat(vm.getTrail()).isEmpty();
    }

    private static Map<String, String> rows(List<TrailRow> trail) {
        return trail.stream().collect(Collectors.toMap(TrailRow::label, TrailRow::value, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static <T extends TcpOption> int first(List<TraceEvent> events, Class<T> type, Predicate<T> test) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof PacketEvent p && p.packet().tcp().options().stream()
                    .anyMatch(o -> type.isInstance(o) && test.test(type.cast(o)))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the trace");
    }

    private static Packet packet(List<TraceEvent> events, int i) {
        return ((PacketEvent) events.get(i)).packet();
    }

    private static <T extends TcpOption> T option(List<TraceEvent> events, int i, Class<T> type) {
        return packet(events, i).tcp().options().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow();
    }
}
