package org.mptcplab.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void durationsAreExactNanoseconds() {
        assertThat(Units.duration("5ms")).isEqualTo(5_000_000L);
        assertThat(Units.duration("200us")).isEqualTo(200_000L);
        assertThat(Units.duration("1.5s")).isEqualTo(1_500_000_000L);
        assertThat(Units.duration("0.1s")).isEqualTo(100_000_000L);
        assertThat(Units.duration("2min")).isEqualTo(120_000_000_000L);
        assertThat(Units.duration("7ns")).isEqualTo(7L);
    }

    @Test
    void aBareDurationIsInSeconds() {
        assertThat(Units.duration("0.005")).isEqualTo(5_000_000L);
        assertThat(Units.seconds(new BigDecimal("2"))).isEqualTo(2_000_000_000L);
    }

    @Test
    void ratesAcceptAnyCaseOfTheBpsUnits() {
        assertThat(Units.rate("10Mbps")).isEqualTo(10_000_000L);
        assertThat(Units.rate("1Gbps")).isEqualTo(1_000_000_000L);
        assertThat(Units.rate("1gbps")).isEqualTo(1_000_000_000L);
        assertThat(Units.rate("64kbps")).isEqualTo(64_000L);
        assertThat(Units.rate("2.5Gbps")).isEqualTo(2_500_000_000L);
        assertThat(Units.rate("9600")).isEqualTo(9600L);
    }

    @Test
    void sizesUseSiForDecimalAndIecForBinaryPrefixes() {
        assertThat(Units.bytes("10MB")).isEqualTo(10_000_000L);
        assertThat(Units.bytes("64KiB")).isEqualTo(65_536L);
        assertThat(Units.bytes("1.5kB")).isEqualTo(1_500L);
        assertThat(Units.bytes("1500B")).isEqualTo(1_500L);
        assertThat(Units.bytes("1500")).isEqualTo(1_500L);
    }

    @Test
    void anUnknownUnitIsNamedWithExamplesOfGoodOnes() {
        assertThatThrownBy(() -> Units.rate("10 Mbs")).hasMessage(
                "bad rate \"10 Mbs\": unknown unit \"Mbs\" (expected a number with a unit such as 10Mbps or 1Gbps)");
        assertThatThrownBy(() -> Units.bytes("10mb")).hasMessageContaining("unknown unit \"mb\"");
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> Units.duration("fast")).hasMessage(
                "bad duration \"fast\" (expected a number with a unit such as 200us, 5ms or 1.5s)");
        assertThatThrownBy(() -> Units.duration(" ")).hasMessageStartingWith("empty duration");
    }

    @Test
    void fractionsOfTheBaseUnitAreRefused() {
        assertThatThrownBy(() -> Units.duration("0.5ns")).hasMessage(
                "duration \"0.5ns\" is not a whole number of nanoseconds");
        assertThatThrownBy(() -> Units.bytes("0.5B")).hasMessageContaining("whole number of bytes");
    }

    @Test
    void hugeValuesAreRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> Units.duration("1e30s")).hasMessage("duration \"1e30s\" is too large");
    }

    @Test
    void formattingPicksTheLargestExactUnit() {
        assertThat(Units.formatDuration(5_000_000)).isEqualTo("5ms");
        assertThat(Units.formatDuration(1_500_000_000)).isEqualTo("1500ms");
        assertThat(Units.formatDuration(0)).isEqualTo("0ns");
        assertThat(Units.formatRate(10_000_000)).isEqualTo("10Mbps");
        assertThat(Units.formatBytes(10_000_000)).isEqualTo("10MB");
        assertThat(Units.formatBytes(65_536)).isEqualTo("65536B");
    }

    @Property(tries = 300)
    void formattedDurationsParseBack(@ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long nanos) {
        assertThat(Units.duration(Units.formatDuration(nanos))).isEqualTo(nanos);
    }

    @Property(tries = 300)
    void formattedRatesAndSizesParseBack(@ForAll @LongRange(min = 1, max = 1_000_000_000_000_000L) long value) {
        assertThat(Units.rate(Units.formatRate(value))).isEqualTo(value);
        assertThat(Units.bytes(Units.formatBytes(value))).isEqualTo(value);
    }
}
