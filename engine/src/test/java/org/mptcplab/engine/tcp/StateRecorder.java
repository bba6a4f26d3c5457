package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.TraceBus;

/** Collects "node:FROM>TO" for every connection state change on a trace bus. */
final class StateRecorder {
    final List<String> transitions = new ArrayList<>();
    final List<ConnectionEvent> events = new ArrayList<>();

    StateRecorder(TraceBus bus) {
        bus.add(e -> {
            if (e instanceof ConnectionEvent c) {
                events.add(c);
                transitions.add(c.node() + ":" + c.from() + ">" + c.to());
            }
        });
    }

    List<String> of(String node) {
        return transitions.stream().filter(t -> t.startsWith(node + ":")).map(t -> t.substring(node.length() + 1))
                .toList();
    }
}
