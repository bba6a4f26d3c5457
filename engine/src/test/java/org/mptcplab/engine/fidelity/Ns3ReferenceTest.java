package org.mptcplab.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Ns3ReferenceTest {
    private static final String TEXT = """
            # a comment line
            mode=10MB tcp=TcpNewReno loss=0.01 run=2 wall_s=0.2 goodput_mbps=4.000 completion_s=20.0 loss_drops=70 client_tx_pkts=6980
            mode=10MB tcp=TcpNewReno loss=0.01 run=1 wall_s=0.2 goodput_mbps=2.000 completion_s=40.0 loss_drops=72 client_tx_pkts=6990

            mode=60s tcp=TcpNewReno loss=0.0001 run=5 status=timeout wall_s=NA goodput_mbps=NA events=NA process_wall_s=>120
            mode=60s tcp=TcpNewReno loss=0.0001 run=5 wall_s=9.1 goodput_mbps=50.500 completion_s=-1.000000 loss_drops=30
            """;

    @Test
    void parsesRunsSkippingCommentsBlankLinesAndTimeouts() {
        List<Ns3Reference.Run> runs = Ns3Reference.parse(TEXT);

        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).isEqualTo(new Ns3Reference.Run(TransferMode.TEN_MB, 0.01, 2, 4.0, 20.0, 70, 6980));
        assertThat(runs.get(2).mode()).isEqualTo(TransferMode.SIXTY_S);
        assertThat(runs.get(2).clientPackets()).isZero();
    }

    @Test
    void summarisesACellInRunOrder() {
        Ns3Reference ref = Ns3Reference.of(Ns3Reference.parse(TEXT));

        assertThat(ref.runs(TransferMode.TEN_MB, 0.01)).extracting(Ns3Reference.Run::run).containsExactly(1, 2);
        Summary s = ref.summary(TransferMode.TEN_MB, 0.01);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.sd()).isEqualTo(Math.sqrt(2.0));
        assertThat(s.n()).isEqualTo(2);
        assertThat(ref.summary(TransferMode.SIXTY_S, 0.05).n()).isZero();
    }

    @Test
    void rejectsALineWithoutAGoodput() {
        assertThatThrownBy(() -> Ns3Reference.parse("mode=10MB loss=0.01 run=1 wall_s=0.1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1").hasMessageContaining("goodput_mbps");
    }

    @Test
    void committedReferenceFilesParse() {
        Ns3Reference ref = Ns3Reference.load();

        for (double loss : FidelityTable.LOSSES) {
            assertThat(ref.summary(TransferMode.TEN_MB, loss).mean()).as("10 MB at %s", loss).isPositive();
            assertThat(ref.summary(TransferMode.SIXTY_S, loss).mean()).as("60 s at %s", loss).isPositive();
        }
    }
}
