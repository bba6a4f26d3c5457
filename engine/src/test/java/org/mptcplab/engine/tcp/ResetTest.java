package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

class ResetTest {

    /** A segment as the server would send it to the client, injected straight into the client's stack. */
    private static Packet fromServer(TcpPair pair, TcpConnection client, int seq, int flags) {
        TcpHeader h = new TcpHeader(TcpPair.PORT, client.flow().srcPort(), seq, 0, flags, 1000, 0, List.of());
        return new Packet(Ipv4Header.tcp((org.mptcplab.engine.wire.Ipv4Address) pair.wire.server.address(),
                (org.mptcplab.engine.wire.Ipv4Address) pair.wire.client.address(), 64), h, Payload.empty());
    }

    @Test
    void rstAtTheExpectedSequenceNumberResetsTheConnection() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int rcvNxt = client.irs() + 1;

        pair.client.receive(fromServer(pair, client, rcvNxt, TcpFlags.RST));

        assertThat(client.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.events).containsExactly("connected", "reset");
        assertThat(pair.clientApp.resetReason).isEqualTo("connection reset by peer");
        assertThat(pair.client.connections()).isEmpty();
    }

    @Test
    void rstInsideTheWindowButNotExactGetsAChallengeAckAndIsIgnored() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int sentBefore = pair.clientSent().size();

        pair.client.receive(fromServer(pair, client, client.irs() + 1 + 5000, TcpFlags.RST));

        assertThat(client.state()).isEqualTo(TcpState.ESTABLISHED);
        Packet challenge = pair.clientSent().get(sentBefore);
        assertThat(challenge.tcp().flags()).isEqualTo(TcpFlags.ACK);
        assertThat(challenge.tcp().ack()).isEqualTo(client.irs() + 1);
    }

    @Test
    void rstOutsideTheWindowIsDroppedSilently() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        int sentBefore = pair.clientSent().size();

        pair.client.receive(fromServer(pair, client, client.irs() - 100_000, TcpFlags.RST));

        assertThat(client.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(pair.clientSent()).hasSize(sentBefore);
    }

    @Test
    void ackForAnUnknownConnectionIsAnsweredWithRstCarryingTheAckNumber() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        pair.server.connections().forEach(c -> pair.server.remove(c));

        client.write(1000);
        pair.run(Time.millis(50));

        Packet data = TcpPair.matching(pair.clientSent(), TcpPair::isData).get(0);
        Packet rst = pair.serverSent().get(pair.serverSent().size() - 1);
        assertThat(rst.tcp().flags()).isEqualTo(TcpFlags.RST);
        assertThat(rst.tcp().seq()).isEqualTo(data.tcp().ack());
        assertThat(client.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.resetReason).isEqualTo("connection reset by peer");
    }

    @Test
    void aRstWithoutConnectionIsNeverAnswered() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        pair.client.connections().forEach(c -> pair.client.remove(c));
        int sentBefore = pair.clientSent().size();

        pair.client.receive(fromServer(pair, client, 12345, TcpFlags.RST));

        assertThat(pair.clientSent()).hasSize(sentBefore);
        assertThat(pair.client.resetsSent()).isZero();
    }

    @Test
    void abortSendsRstAndThePeerIsTold() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();

        client.abort();
        pair.run(Time.millis(50));

        Packet rst = pair.clientSent().get(pair.clientSent().size() - 1);
        assertThat(rst.tcp().hasFlag(TcpFlags.RST)).isTrue();
        assertThat(client.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.clientApp.events).containsExactly("connected");
        assertThat(pair.serverApp.events).containsExactly("connected", "reset");
        assertThat(pair.server.connections()).isEmpty();
    }

    @Test
    void rstInTimeWaitDoesNotEndIt() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        client.close();
        pair.run(Time.millis(50));
        pair.serverConnection().close();
        pair.run(Time.millis(50));
        assertThat(client.state()).isEqualTo(TcpState.TIME_WAIT);

        pair.client.receive(fromServer(pair, client, client.irs() + 2, TcpFlags.RST));

        assertThat(client.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(pair.clientApp.events).doesNotContain("reset");
    }
}
