package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.BytesPayload;
import org.mptcplab.engine.wire.ZeroPayload;

class StreamPayloadTest {

    @Test
    void writtenBytesAreTheDocumentedFunctionOfKeyAndPosition() {
        StreamPayload p = new StreamPayload(42, 5, 20);
        byte[] bytes = p.toBytes();
        for (int i = 0; i < 20; i++) {
            assertThat(bytes[i]).isEqualTo(StreamPayload.byteAt(42, 5 + i));
        }
    }

    @Test
    void aSliceCarriesTheSameBytesAsTheMatchingPartOfTheWhole() {
        StreamPayload whole = new StreamPayload(7, 100, 50);
        byte[] all = whole.toBytes();
        byte[] part = whole.slice(13, 20).toBytes();
        assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(all, 13, 33));
        assertThat(whole.slice(13, 20).offset()).isEqualTo(113);
    }

    @Test
    void differentStreamsHaveDifferentBytes() {
        assertThat(new StreamPayload(1, 0, 64).toBytes()).isNotEqualTo(new StreamPayload(2, 0, 64).toBytes());
    }

    @Test
    void slicingOutsideThePayloadIsRefused() {
        assertThatThrownBy(() -> new StreamPayload(1, 0, 10).slice(5, 6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void payloadsOfAnyKindCanBeSliced() {
        assertThat(Payloads.slice(new ZeroPayload(10), 2, 3)).isEqualTo(new ZeroPayload(3));
        assertThat(Payloads.slice(new BytesPayload(new byte[] {1, 2, 3, 4}), 1, 2))
                .isEqualTo(new BytesPayload(new byte[] {2, 3}));
        assertThat(Payloads.slice(new StreamPayload(9, 0, 10), 4, 6)).isEqualTo(new StreamPayload(9, 4, 6));
    }

    @Test
    void verifierAcceptsTheStreamInOrder() {
        StreamVerifier v = new StreamVerifier(5);
        assertThat(v.accept(0, new StreamPayload(5, 0, 10))).isTrue();
        assertThat(v.accept(10, new BytesPayload(new StreamPayload(5, 10, 7).toBytes()))).isTrue();
        assertThat(v.verifiedBytes()).isEqualTo(17);
        assertThat(v.ok()).isTrue();
    }

    @Test
    void verifierRejectsGapsDuplicatesAndForeignBytes() {
        StreamVerifier gap = new StreamVerifier(5);
        assertThat(gap.accept(3, new StreamPayload(5, 3, 10))).isFalse();
        assertThat(gap.error()).hasValueSatisfying(e -> assertThat(e).contains("expected"));

        StreamVerifier duplicate = new StreamVerifier(5);
        duplicate.accept(0, new StreamPayload(5, 0, 10));
        assertThat(duplicate.accept(5, new StreamPayload(5, 5, 10))).isFalse();

        StreamVerifier foreign = new StreamVerifier(5);
        assertThat(foreign.accept(0, new StreamPayload(6, 0, 10))).isFalse();

        StreamVerifier shifted = new StreamVerifier(5);
        assertThat(shifted.accept(0, new StreamPayload(5, 1, 10))).isFalse();

        StreamVerifier corrupted = new StreamVerifier(5);
        byte[] bytes = new StreamPayload(5, 0, 10).toBytes();
        bytes[4] ^= 1;
        assertThat(corrupted.accept(0, new BytesPayload(bytes))).isFalse();
        assertThat(corrupted.accept(0, new StreamPayload(5, 0, 10))).isFalse();
    }
}
