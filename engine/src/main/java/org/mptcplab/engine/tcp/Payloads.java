package org.mptcplab.engine.tcp;

import java.util.Arrays;
import org.mptcplab.engine.wire.BytesPayload;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.ZeroPayload;

/** Slicing of any {@link Payload}: virtual payloads stay virtual, real bytes are copied. */
public final class Payloads {
    private Payloads() {}

    /** The {@code count} bytes of {@code payload} starting at {@code from}. */
    public static Payload slice(Payload payload, int from, int count) {
        if (from < 0 || count < 0 || from + count > payload.length()) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + count + " of " + payload.length());
        }
        if (from == 0 && count == payload.length()) {
            return payload;
        }
        if (payload instanceof StreamPayload stream) {
            return stream.slice(from, count);
        }
        if (payload instanceof ZeroPayload) {
            return new ZeroPayload(count);
        }
        return new BytesPayload(Arrays.copyOfRange(payload.toBytes(), from, from + count));
    }
}
