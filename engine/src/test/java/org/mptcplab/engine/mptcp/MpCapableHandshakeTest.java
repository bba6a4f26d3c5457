package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.mptcp.Packets.has;
import static org.mptcplab.engine.mptcp.Packets.packets;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** Given an MPTCP client and server, when the client uploads, then the MP_CAPABLE exchange is RFC 8684 §3.1's. */
class MpCapableHandshakeTest {
    private Lab lab;
    private MptcpStack client;
    private MptcpStack server;
    private final List<Sink> sinks = new java.util.ArrayList<>();
    private BulkSender upload;

    @BeforeEach
    void uploadTenKilobytes() {
        lab = new Lab();
        client = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        server = lab.mptcp(lab.server, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        server.listen(Lab.PORT, Sink.accepting(sinks));
        upload = BulkSender.upload(client, "upload", Lab.S1, Lab.PORT, 10_000);
        lab.runFor(Time.millis(300));
    }

    private MptcpConnection clientSide() {
        return (MptcpConnection) upload.socket();
    }

    private MptcpConnection serverSide() {
        assertThat(sinks).hasSize(1);
        return (MptcpConnection) sinks.get(0).socket;
    }

    private Packet first(List<Packet> from) {
        assertThat(from).isNotEmpty();
        return from.get(0);
    }

    @Test
    void theSynCarriesMpCapableVersionOneWithoutAKey() {
        Packet syn = first(packets(lab.sent(lab.client), p -> TcpFlags.isSynOnly(p.tcp().flags())));
        MpCapableSyn mpc = syn.tcp().find(MpCapableSyn.class).orElseThrow();
        assertThat(mpc.length()).isEqualTo(4);
        assertThat(mpc.version()).isEqualTo(1);
        assertThat(mpc.flags()).isEqualTo(MpCapableFlags.HMAC_SHA256);
    }

    @Test
    void theSynAckCarriesTheServersKey() {
        Packet synAck = first(packets(lab.sent(lab.server), has(MpCapableSynAck.class)));
        assertThat(synAck.tcp().find(MpCapableSynAck.class).orElseThrow().key())
                .isEqualTo(serverSide().localKey().key());
    }

    @Test
    void theThirdAckCarriesBothKeys() {
        Packet ack = first(packets(lab.sent(lab.client), has(MpCapableAck.class)));
        MpCapableAck mpc = ack.tcp().find(MpCapableAck.class).orElseThrow();
        assertThat(ack.payloadLength()).isZero();
        assertThat(mpc.senderKey()).isEqualTo(clientSide().localKey().key());
        assertThat(mpc.receiverKey()).isEqualTo(serverSide().localKey().key());
    }

    @Test
    void bothEndsAgreeOnKeysTokensAndIdsns() {
        MptcpConnection c = clientSide();
        MptcpConnection s = serverSide();
        assertThat(c.remoteKey()).isEqualTo(s.localKey().key());
        assertThat(s.remoteKey()).isEqualTo(c.localKey().key());
        assertThat(s.token()).isEqualTo(MptcpCrypto.token(c.remoteKey()));
        assertThat(c.remoteIdsn()).isEqualTo(MptcpCrypto.idsn(s.localKey().key()));
        assertThat(s.remoteIdsn()).isEqualTo(c.localKey().idsn());
    }

    @Test
    void theFirstDataSegmentCarriesMpCapableWithItsDataLevelLength() {
        Packet data = first(packets(lab.sent(lab.client), p -> p.payloadLength() > 0));
        MpCapableAckData mpc = data.tcp().find(MpCapableAckData.class).orElseThrow();
        assertThat(mpc.length()).isEqualTo(22);
        assertThat(mpc.dataLength()).isEqualTo(data.payloadLength());
        assertThat(data.tcp().find(Dss.class)).isEmpty();
    }

    @Test
    void laterDataSegmentsCarryEightByteMappingsOfTheirOwnBytes() {
        List<Packet> data = packets(lab.sent(lab.client), p -> p.payloadLength() > 0);
        Packet second = data.get(1);
        Dss dss = second.tcp().find(Dss.class).orElseThrow();
        MptcpConnection c = clientSide();
        assertThat(dss.dsn8()).isTrue();
        assertThat(dss.dataAck8()).isTrue();
        assertThat(dss.mapping().subflowSeq()).isEqualTo(data.get(0).payloadLength() + 1);
        assertThat(dss.mapping().dsn()).isEqualTo(c.localKey().idsn() + 1 + data.get(0).payloadLength());
        assertThat(dss.mapping().dataLength()).isEqualTo(second.payloadLength());
    }

    @Test
    void theServerAcknowledgesWithDataAcksAndTheUploadArrivesIntact() {
        Packet serverAck = packets(lab.sent(lab.server), has(Dss.class)).get(0);
        assertThat(serverAck.tcp().find(Dss.class).orElseThrow().dataAck()).isPresent();
        assertThat(sinks.get(0).received).isEqualTo(10_000);
        assertThat(sinks.get(0).intact()).isTrue();
        assertThat(upload.report().completed()).isTrue();
    }

    @Test
    void bothSidesTraceTheInitialSubflowAsEstablished() {
        assertThat(lab.subflowEvents("client")).extracting(SubflowEvent::action)
                .startsWith(SubflowEvent.Action.OPENING, SubflowEvent.Action.ESTABLISHED);
        assertThat(lab.subflowEvents("server")).extracting(SubflowEvent::action)
                .startsWith(SubflowEvent.Action.ESTABLISHED);
    }
}
