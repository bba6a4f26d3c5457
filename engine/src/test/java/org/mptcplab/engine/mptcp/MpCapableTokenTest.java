package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

/** Given an open MPTCP connection, the token table knows it until the connection closes. */
class MpCapableTokenTest {
    @Test
    void anOpenConnectionIsFoundByItsTokenAndForgottenOnceClosed() {
        Lab lab = new Lab();
        MptcpStack client = lab.mptcp(lab.client, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        MptcpStack server = lab.mptcp(lab.server, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        List<Sink> sinks = new ArrayList<>();
        server.listen(Lab.PORT, Sink.accepting(sinks));
        Sink app = new Sink();
        MptcpConnection c = client.connect(null, Lab.S1, Lab.PORT, app);
        c.write(5000);
        lab.runFor(Time.millis(100));
        MptcpConnection s = (MptcpConnection) sinks.get(0).socket;
        assertThat(server.connection(s.token())).isSameAs(s);
        assertThat(client.connection(c.token())).isSameAs(c);

        c.close();
        lab.runFor(Time.millis(200));
        assertThat(app.events).contains("closed");
        assertThat(s.phase()).isEqualTo(MptcpConnection.Phase.CLOSED);
        assertThat(server.connections()).isEmpty();
        assertThat(client.connections()).isEmpty();
    }
}
