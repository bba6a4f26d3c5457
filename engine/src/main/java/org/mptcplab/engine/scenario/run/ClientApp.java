package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mptcplab.engine.apps.TransferReport;
import org.mptcplab.engine.tcp.StreamSocket;

/**
 * One client application instance of a run: its sockets (recorded as it opens them), a live view of
 * its progress, and, for transfers bounded by a duration, the progress frozen at the deadline.
 */
final class ClientApp {
    private final String name;
    private final String node;
    private final boolean finite;
    private final long deadline;
    private final List<StreamSocket> sockets = new ArrayList<>();
    private Supplier<TransferReport> progress;
    private TransferReport frozen;

    /**
     * @param finite   true when the application ends by itself (a transfer of known size, requests)
     * @param deadline when a duration-bounded transfer is cut, ns, or {@code Long.MAX_VALUE}
     */
    ClientApp(String name, String node, boolean finite, long deadline) {
        this.name = name;
        this.node = node;
        this.finite = finite;
        this.deadline = deadline;
    }

    String name() {
        return name;
    }

    String node() {
        return node;
    }

    boolean finite() {
        return finite;
    }

    long deadline() {
        return deadline;
    }

    List<StreamSocket> sockets() {
        return sockets;
    }

    void started(Supplier<TransferReport> view) {
        progress = view;
    }

    void freeze() {
        if (progress != null && frozen == null) {
            frozen = progress.get();
        }
    }

    /** Progress now, or as frozen at the deadline; {@code null} before the application started. */
    TransferReport report() {
        return frozen != null ? frozen : progress == null ? null : progress.get();
    }
}
