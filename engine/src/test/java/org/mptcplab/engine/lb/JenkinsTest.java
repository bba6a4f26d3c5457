package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Golden values of Bob Jenkins' one-at-a-time hash. "a" and the fox sentence are the examples
 * published on https://en.wikipedia.org/wiki/Jenkins_hash_function; the others were computed with
 * this independent Python transcription:
 * <pre>
 * def oaat(data):
 *     h = 0
 *     for b in data:
 *         h = (h + b) &amp; 0xffffffff; h = (h + (h &lt;&lt; 10)) &amp; 0xffffffff; h ^= h &gt;&gt; 6
 *     h = (h + (h &lt;&lt; 3)) &amp; 0xffffffff; h ^= h &gt;&gt; 11; h = (h + (h &lt;&lt; 15)) &amp; 0xffffffff
 *     return h
 * </pre>
 */
class JenkinsTest {
    private final Jenkins jenkins = new Jenkins();

    private long hash(String text) {
        return jenkins.hash(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void publishedExamples() {
        assertThat(hash("a")).isEqualTo(0xCA2E9442L);
        assertThat(hash("The quick brown fox jumps over the lazy dog")).isEqualTo(0x519E91F5L);
    }

    @Test
    void pythonReferenceValues() {
        assertThat(hash("")).isZero();
        assertThat(hash("123456789")).isEqualTo(0xC66B58C5L);
        assertThat(hash("s1")).isEqualTo(0x764C6B10L);
        assertThat(hash("s2")).isEqualTo(0x6AF85468L);
        assertThat(hash("s3")).isEqualTo(0x592AB0CDL);
    }

    @Test
    void hashesBytesAsUnsigned() {
        // oaat(bytes([0x80])) in the Python above: a signed byte would add -128 instead of 128.
        assertThat(jenkins.hash(new byte[] {(byte) 0x80})).isEqualTo(0x277FCEDBL);
    }
}
