package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

class CloseTest {

    @Test
    void activeCloserPassesFinWait1And2ToTimeWaitAndPassiveCloserCloseWaitAndLastAck() {
        TcpPair pair = new TcpPair();
        StateRecorder states = new StateRecorder(pair.wire.trace);
        TcpConnection client = pair.established();
        TcpConnection server = pair.serverConnection();

        client.close();
        pair.run(Time.millis(50));
        assertThat(client.state()).isEqualTo(TcpState.FIN_WAIT_2);
        assertThat(server.state()).isEqualTo(TcpState.CLOSE_WAIT);
        server.close();
        pair.run(Time.millis(50));

        assertThat(states.of("client")).containsExactly("CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED",
                "ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>FIN_WAIT_2", "FIN_WAIT_2>TIME_WAIT");
        assertThat(states.of("server")).containsExactly("CLOSED>LISTEN", "LISTEN>SYN_RECEIVED",
                "SYN_RECEIVED>ESTABLISHED", "ESTABLISHED>CLOSE_WAIT", "CLOSE_WAIT>LAST_ACK", "LAST_ACK>CLOSED");
        assertThat(pair.clientApp.events).containsExactly("connected", "remote-closed", "closed");
        assertThat(pair.serverApp.events).containsExactly("connected", "remote-closed", "closed");
        assertThat(pair.server.connections()).isEmpty();
        assertThat(pair.client.connections()).containsExactly(client);
    }

    @Test
    void finTakesTheSequenceNumberAfterTheLastDataByte() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();

        client.write(3000);
        client.close();
        pair.run(Time.millis(100));

        Packet fin = TcpPair.matching(pair.clientSent(), p -> p.tcp().hasFlag(TcpFlags.FIN)).get(0);
        assertThat(fin.tcp().seq() + fin.payloadLength()).isEqualTo(client.iss() + 1 + 3000);
        assertThat(pair.serverApp.received).isEqualTo(3000);
        assertThat(pair.serverApp.events).containsExactly("connected", "remote-closed");
    }

    @Test
    void simultaneousCloseGoesThroughClosingToTimeWaitOnBothSides() {
        TcpPair pair = new TcpPair();
        StateRecorder states = new StateRecorder(pair.wire.trace);
        TcpConnection client = pair.established();
        TcpConnection server = pair.serverConnection();

        client.close();
        server.close();
        pair.run(Time.millis(100));

        assertThat(states.of("client")).endsWith("ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>CLOSING", "CLOSING>TIME_WAIT");
        assertThat(states.of("server")).endsWith("ESTABLISHED>FIN_WAIT_1", "FIN_WAIT_1>CLOSING", "CLOSING>TIME_WAIT");
        assertThat(client.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(server.state()).isEqualTo(TcpState.TIME_WAIT);
    }

    @Test
    void timeWaitEndsAfterTwoMslWithoutKeepingTheSimulationBusy() {
        TcpPair pair = new TcpPair();
        StateRecorder states = new StateRecorder(pair.wire.trace);
        TcpConnection client = pair.established();
        client.close();
        pair.run(Time.millis(50));
        pair.serverConnection().close();
        pair.run(Time.millis(50));

        assertThat(client.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(pair.wire.sim.pendingEvents()).isZero();
        pair.run(Time.seconds(61));
        pair.client.expireTimeWait();

        assertThat(client.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.client.connections()).isEmpty();
        assertThat(states.events.get(states.events.size() - 1).reason()).startsWith("2MSL expired at 60.");
    }

    @Test
    void timeWaitAcknowledgesARetransmittedFin() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        client.close();
        pair.run(Time.millis(50));
        int[] acks = {0};
        pair.wire.toServer.dropIf = p -> p.tcp().flags() == TcpFlags.ACK && acks[0]++ == 0;
        pair.serverConnection().close();
        pair.run(Time.seconds(2));

        long finAcks = pair.clientSent().stream().filter(TcpPair::isPureAck).count();
        assertThat(client.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(pair.server.connections()).isEmpty();
        assertThat(TcpPair.matching(pair.serverSent(), p -> p.tcp().hasFlag(TcpFlags.FIN))).hasSize(2);
        assertThat(finAcks).isGreaterThanOrEqualTo(3);
    }

    @Test
    void closeBeforeTheHandshakeCompletesSendsTheFinOnceConnected() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.connect();
        client.write(500);
        client.close();
        pair.run(Time.millis(200));

        assertThat(pair.serverApp.received).isEqualTo(500);
        assertThat(pair.serverApp.events).contains("remote-closed");
        assertThat(client.state()).isEqualTo(TcpState.FIN_WAIT_2);
    }

    @Test
    void writingAfterCloseIsRefused() {
        TcpPair pair = new TcpPair();
        TcpConnection client = pair.established();
        client.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.write(1))
                .isInstanceOf(IllegalStateException.class);
    }
}
