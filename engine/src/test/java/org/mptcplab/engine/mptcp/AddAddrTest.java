package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.FaultRule;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.AddAddrEvent.Action;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.MptcpConstants;

/**
 * Given a server that advertises S2 with ADD_ADDR (RFC 8684 §3.4.1) and a client that accepts it,
 * then the advertisement is authenticated, echoed, retransmitted until echoed (by timer, or
 * piggy-backed as in the ICNP 2017 patch) and followed by a JOIN.
 */
class AddAddrTest {
    private static final PacketMatch ADD_ADDR = PacketMatch.hasMptcpSubtype(MptcpConstants.SUBTYPE_ADD_ADDR);

    private final Lab lab = new Lab();
    private final List<Sink> sinks = new ArrayList<>();

    /** The server sends 500 KB, or keeps sending for the whole run when {@code longTransfer}. */
    private void download(AddAddrMode mode, long runFor) {
        download(mode, runFor, false);
    }

    private void download(AddAddrMode mode, long runFor, boolean longTransfer) {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpConfig serverConfig = MptcpConfig.defaults().toBuilder().addAddrMode(mode).build();
        MptcpStack s = lab.mptcp(lab.server, serverConfig, new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        s.listen(Lab.PORT, sock -> {
            Sink sink = (Sink) Sink.accepting(sinks).onAccept(sock);
            if (longTransfer) {
                sock.write(1L << 40);
            } else {
                sock.write(500_000);
                sock.close();
            }
            return sink;
        });
        c.connect(null, Lab.S1, Lab.PORT, new Sink());
        lab.runFor(runFor);
    }

    /** Loses server-to-client packets carrying ADD_ADDR: the first {@code count} of them. */
    private void loseAddAddrs(long count) {
        lab.serverLink1.ba().addFault(FaultRule.dropBurst(ADD_ADDR, 1, count));
    }

    private List<AddAddrEvent> events(String node) {
        return lab.addAddrEvents(node);
    }

    private long joinsEstablished() {
        return lab.subflowEvents("client").stream().filter(e -> e.action() == SubflowEvent.Action.ESTABLISHED
                && e.flow().dst().equals(Lab.S2)).count();
    }

    @Test
    void theAdvertisementCarriesTheRfcHmacAndIsEchoedWithoutOne() {
        download(AddAddrMode.TIMER, Time.millis(200));
        MptcpConnection server = (MptcpConnection) sinks.get(0).socket;
        AddAddr sent = lab.sent(lab.server).stream().map(e -> e.packet().tcp().find(AddAddr.class))
                .filter(java.util.Optional::isPresent).map(java.util.Optional::get).findFirst().orElseThrow();
        assertThat(sent.truncatedHmac().getAsLong()).isEqualTo(org.mptcplab.engine.crypto.MptcpCrypto.addAddrHmac(
                server.localKey().key(), server.remoteKey(), sent.addressId(), Lab.S2, sent.port()));
        AddAddr echo = lab.sent(lab.client).stream().map(e -> e.packet().tcp().find(AddAddr.class))
                .filter(java.util.Optional::isPresent).map(java.util.Optional::get).findFirst().orElseThrow();
        assertThat(echo.echo()).isTrue();
        assertThat(echo.truncatedHmac()).isEmpty();
        assertThat(echo.address()).isEqualTo(Lab.S2);
    }

    @Test
    void inTimerModeALostAddAddrIsRetransmittedAfterTheRtoThenEchoedThenJoined() {
        loseAddAddrs(1);
        download(AddAddrMode.TIMER, Time.seconds(2), true);
        assertThat(events("server")).extracting(AddAddrEvent::action, AddAddrEvent::attempt)
                .containsExactly(tuple(Action.SENT, 1), tuple(Action.RETRANSMITTED, 2), tuple(Action.ECHO_RECEIVED, 2));
        assertThat(events("client")).extracting(AddAddrEvent::action, AddAddrEvent::attempt)
                .containsExactly(tuple(Action.RECEIVED, 1), tuple(Action.ECHO_SENT, 1));
        long gap = events("server").get(1).time() - events("server").get(0).time();
        assertThat(gap).isBetween(Time.millis(200), Time.seconds(1));
        assertThat(joinsEstablished()).isEqualTo(1);
        assertThat(sinks.get(0).intact()).isTrue();
    }

    @Test
    void inPiggybackModeTheNextSegmentCarriesTheAddAddrAgain() {
        loseAddAddrs(1);
        download(AddAddrMode.PIGGYBACK, Time.seconds(2), true);
        List<AddAddrEvent> server = events("server");
        assertThat(server.get(0).action()).isEqualTo(Action.SENT);
        assertThat(server.get(1).action()).isEqualTo(Action.RETRANSMITTED);
        assertThat(server.get(1).time() - server.get(0).time()).isLessThan(Time.millis(50));
        assertThat(server).filteredOn(e -> e.action() == Action.ECHO_RECEIVED).hasSize(1);
        AddAddrEvent echoed = server.stream().filter(e -> e.action() == Action.ECHO_RECEIVED).findFirst().orElseThrow();
        assertThat(server).filteredOn(e -> e.time() > echoed.time()).isEmpty();
        assertThat(joinsEstablished()).isEqualTo(1);
        assertThat(sinks.get(0).intact()).isTrue();
    }

    @Test
    void inTimerModeTheServerGivesUpAfterThreeRetransmissions() {
        loseAddAddrs(100);
        download(AddAddrMode.TIMER, Time.seconds(10), true);
        assertThat(events("server")).extracting(AddAddrEvent::action, AddAddrEvent::attempt)
                .containsExactly(tuple(Action.SENT, 1), tuple(Action.RETRANSMITTED, 2), tuple(Action.RETRANSMITTED, 3),
                        tuple(Action.RETRANSMITTED, 4), tuple(Action.GAVE_UP, 4));
        assertThat(events("client")).isEmpty();
        assertThat(joinsEstablished()).isZero();
    }

    @Test
    void aLostEchoMakesTheServerRepeatAndTheClientEchoAgainButJoinOnce() {
        lab.clientLink1.ab().addFault(FaultRule.dropNth(ADD_ADDR, 1));
        download(AddAddrMode.TIMER, Time.seconds(2), true);
        assertThat(events("client")).extracting(AddAddrEvent::action, AddAddrEvent::attempt)
                .containsExactly(tuple(Action.RECEIVED, 1), tuple(Action.ECHO_SENT, 1), tuple(Action.RECEIVED, 2),
                        tuple(Action.ECHO_SENT, 2));
        assertThat(events("server")).extracting(AddAddrEvent::action)
                .containsExactly(Action.SENT, Action.RETRANSMITTED, Action.ECHO_RECEIVED);
        assertThat(joinsEstablished()).isEqualTo(1);
    }

    @Test
    void anAddAddrWithABadHmacIsRejectedAndNeitherEchoedNorJoined() {
        lab.mb.rewrite = Packets.replace(AddAddr.class, a -> a.echo() ? a
                : AddAddr.announce(a.addressId(), a.address(), a.port(), a.truncatedHmac().getAsLong() ^ 1));
        download(AddAddrMode.TIMER, Time.seconds(1));
        assertThat(events("client")).extracting(AddAddrEvent::action).containsOnly(Action.REJECTED);
        assertThat(events("server")).extracting(AddAddrEvent::action).doesNotContain(Action.ECHO_RECEIVED);
        assertThat(joinsEstablished()).isZero();
    }

    @Test
    void aClientWithoutRoomForMoreAddressesStillEchoesButDoesNotJoin() {
        MptcpStack c = lab.mptcp(lab.client, MptcpConfig.defaults().toBuilder().addAddrAccepted(0).build(),
                InKernelPathManager.withoutEndpoints());
        MptcpStack s = lab.mptcp(lab.server, MptcpConfig.defaults(),
                new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        s.listen(Lab.PORT, Sink.accepting(sinks));
        c.connect(null, Lab.S1, Lab.PORT, new Sink()).write(10_000);
        lab.runFor(Time.millis(300));
        assertThat(events("client")).extracting(AddAddrEvent::action).containsExactly(Action.RECEIVED,
                Action.ECHO_SENT);
        assertThat(joinsEstablished()).isZero();
    }
}
