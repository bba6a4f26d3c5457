package org.mptcplab.engine.tcp;

import java.util.Optional;
import org.mptcplab.engine.wire.Payload;

/**
 * Checks that a received byte stream is exactly the one that was sent: every delivered range must
 * start where the previous one ended (once, in order) and carry the bytes of stream {@code key} at
 * that position. A {@link StreamPayload} is checked by identity (key and offset); any other payload
 * (for example bytes decoded from a pcap) is compared byte by byte with {@link StreamPayload#byteAt}.
 * The first mismatch is remembered and every later range is refused.
 */
public final class StreamVerifier {
    private final long key;
    private long next;
    private String error;

    /** A verifier for the stream called {@code key}, expecting position 0 first. */
    public StreamVerifier(long key) {
        this.key = key;
    }

    /**
     * Checks {@code data} delivered at stream position {@code position}.
     *
     * @return true when the range is the expected continuation of the stream
     */
    public boolean accept(long position, Payload data) {
        if (error != null) {
            return false;
        }
        if (position != next) {
            error = "range at " + position + " delivered where " + next + " was expected";
            return false;
        }
        if (data instanceof StreamPayload s) {
            if (s.streamKey() != key || s.offset() != position) {
                error = "at " + position + ": bytes of stream " + Long.toHexString(s.streamKey()) + " offset "
                        + s.offset() + ", expected stream " + Long.toHexString(key);
                return false;
            }
        } else {
            byte[] bytes = data.toBytes();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != StreamPayload.byteAt(key, position + i)) {
                    error = "byte " + (position + i) + " differs from the sent stream";
                    return false;
                }
            }
        }
        next += data.length();
        return true;
    }

    /** Bytes verified so far (the next expected position). */
    public long verifiedBytes() {
        return next;
    }

    /** True while no mismatch was seen. */
    public boolean ok() {
        return error == null;
    }

    /** The first mismatch, if any. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
