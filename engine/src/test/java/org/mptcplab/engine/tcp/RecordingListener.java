package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.Payload;

/** Remembers every callback, and verifies the received stream. */
class RecordingListener implements SocketListener {
    final List<String> events = new ArrayList<>();
    StreamSocket socket;
    StreamVerifier verifier;
    long received;
    long connectedAt = -1;
    String resetReason;
    private final java.util.function.LongSupplier clock;

    RecordingListener(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void onConnected(StreamSocket s) {
        socket = s;
        connectedAt = clock.getAsLong();
        events.add("connected");
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        if (verifier == null) {
            verifier = new StreamVerifier(s.remoteStreamKey());
        }
        verifier.accept(offset, data);
        received += data.length();
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        events.add("remote-closed");
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resetReason = reason;
        events.add("reset");
    }

    @Override
    public void onClosed(StreamSocket s) {
        events.add("closed");
    }

    boolean intact() {
        return verifier == null || verifier.ok();
    }
}
