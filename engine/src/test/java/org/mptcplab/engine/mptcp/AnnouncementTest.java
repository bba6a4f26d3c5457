package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.IpAddress;

class AnnouncementTest {
    private static final IpAddress ADDRESS = IpAddress.parse("5.6.7.8");
    private final AddAddr option = AddAddr.announce(3, ADDRESS, OptionalInt.empty(), 0x1234);

    @Test
    void anUnechoedAnnouncementIsRetransmittedThreeTimesThenAbandoned() {
        Announcement a = new Announcement(option, 3);
        a.transmitted();
        for (int i = 0; i < 3; i++) {
            assertThat(a.onTimeout()).isEqualTo(Announcement.Step.RETRANSMIT);
            a.transmitted();
        }
        assertThat(a.onTimeout()).isEqualTo(Announcement.Step.GIVE_UP);
        assertThat(a.gaveUp()).isTrue();
        assertThat(a.transmissions()).isEqualTo(4);
        assertThat(a.onTimeout()).isEqualTo(Announcement.Step.NONE);
    }

    @Test
    void theMatchingEchoStopsRetransmission() {
        Announcement a = new Announcement(option, 3);
        a.transmitted();
        assertThat(a.onEcho(AddAddr.echoOf(option))).isTrue();
        assertThat(a.pending()).isFalse();
        assertThat(a.onTimeout()).isEqualTo(Announcement.Step.NONE);
    }

    @Test
    void anEchoOfAnotherAddressOrPortIsIgnored() {
        Announcement a = new Announcement(option, 3);
        AddAddr otherPort = AddAddr.echoOf(AddAddr.announce(3, ADDRESS, OptionalInt.of(443), 1));
        AddAddr otherId = AddAddr.echoOf(AddAddr.announce(4, ADDRESS, OptionalInt.empty(), 1));
        assertThat(a.onEcho(otherPort)).isFalse();
        assertThat(a.onEcho(otherId)).isFalse();
        assertThat(a.echoed()).isFalse();
    }

    @Test
    void theTimeoutIsTheSubflowRtoCappedByAddAddrTimeout() {
        assertThat(Announcement.timeout(Time.millis(300), Time.seconds(120))).isEqualTo(Time.millis(300));
        assertThat(Announcement.timeout(Time.seconds(200), Time.seconds(120))).isEqualTo(Time.seconds(120));
    }
}
