package org.mptcplab.engine.apps;

import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.trace.AppEvent;

/** Publishes {@link AppEvent}s for one application instance, only when someone listens. */
final class AppTrace {
    private final IpEndpoint host;
    private final String app;

    AppTrace(IpEndpoint host, String app) {
        this.host = host;
        this.app = app;
    }

    void publish(AppEvent.Kind kind, long bytes, String detail) {
        if (host.trace().enabled()) {
            host.trace().publish(new AppEvent(host.simulator().now(), host.name(), app, kind, bytes, detail));
        }
    }

    long now() {
        return host.simulator().now();
    }

    String node() {
        return host.name();
    }
}
