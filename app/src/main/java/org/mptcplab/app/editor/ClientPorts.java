package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Branch edits of the client's source ports, for the "it is luck" lesson: a load balancer hashes the
 * whole 5-tuple, so another source port (of the initial subflow or of the MP_JOIN) gives another hash,
 * and some ports send the JOIN to the server that holds the connection.
 */
final class ClientPorts {
    /** Word for "let the stack pick an ephemeral port" (a file leaves the field out). */
    static final String EPHEMERAL = "ephemeral";
    /** Offered values: back to ephemeral, and a few fixed ports to try. */
    static final List<String> CHOICES = List.of(EPHEMERAL, "40000", "40001", "40002", "50000");

    private ClientPorts() {
    }

    /** A source port in 1..65535, or 0 for {@value #EPHEMERAL}. */
    static int parse(String value) {
        String v = value.strip();
        if (v.equals(EPHEMERAL) || v.equals("0")) {
            return 0;
        }
        try {
            int port = Integer.parseInt(v);
            if (port >= 1 && port <= 0xFFFF) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what is accepted.
        }
        throw new IllegalArgumentException("a source port is 1..65535 or \"" + EPHEMERAL + "\", got \"" + value + "\"");
    }

    /**
     * {@code s} with every bulk application's source port (or, when {@code join}, every MPTCP bulk
     * application's first MP_JOIN source port) set to {@code port}.
     *
     * @throws IllegalArgumentException when no application has such a port
     */
    static Scenario apply(Scenario s, boolean join, int port, String label) {
        List<AppSpec> apps = new ArrayList<>(s.applications());
        int changed = 0;
        for (int i = 0; i < apps.size(); i++) {
            if (apps.get(i) instanceof BulkSpec b && (!join || b.protocol() == Protocol.MPTCP)) {
                apps.set(i, join ? b.withJoinSourcePort(port) : b.withSourcePort(port));
                changed++;
            }
        }
        if (changed == 0) {
            throw new IllegalArgumentException("scenario " + s.id() + " has no " + (join ? "MPTCP " : "")
                    + "bulk transfer to change for " + label);
        }
        return ScenarioEdits.withApplications(s, apps);
    }
}
