package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.mptcp.Packets.packets;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.tcp.TcpState;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

/**
 * Given an MPTCP subflow in SYN_SENT, when a data segment of an older connection on the same 5-tuple
 * arrives (a server that outlived its client, found by the anycast soak), then TCP answers it with
 * RST (RFC 9293 §3.10.7.3) and the MPTCP layer ignores its DSS instead of reading an unnegotiated
 * window scale.
 */
class StaleSegmentInSynSentTest {

    @Test
    void aDssSegmentArrivingInSynSentIsResetByTcpAndIgnoredByMptcp() {
        Lab lab = new Lab();
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        BulkReceiver.download(client, "get", Lab.S1, Lab.PORT, -1);
        var subflow = client.tcp().connections().get(0);
        assertThat(subflow.state()).isEqualTo(TcpState.SYN_SENT);
        TcpHeader stale = new TcpHeader(Lab.PORT, subflow.flow().srcPort(), 12345, 777, TcpFlags.ACK, 100, 0,
                List.of(Dss.mapping(42, 1, 1000, 99)));

        client.tcp().receive(new Packet(Ipv4Header.tcp((Ipv4Address) Lab.S1, (Ipv4Address) Lab.C1, 64), stale,
                Payload.empty()));
        lab.runFor(1);

        assertThat(subflow.state()).isEqualTo(TcpState.SYN_SENT);
        assertThat(packets(lab.sent(lab.client), p -> p.hasFlag(TcpFlags.RST))).singleElement()
                .satisfies(rst -> assertThat(rst.tcp().seq()).isEqualTo(777));
    }
}
