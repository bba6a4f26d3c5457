package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only catalogue of built-in scenarios, in the order of DESIGN.md's table.
 *
 * <p>The ids are part of the command-line interface ({@code mptcp-lab run l4lb-tcp}), so they never
 * change once published. {@link Entry#runnable()} tells whether the engine can already run a
 * scenario; the user interfaces use it to say so instead of failing later.
 */
public final class Catalog {

    /**
     * One built-in scenario.
     *
     * @param id       stable identifier used on the command line and in files
     * @param title    short human title (one line)
     * @param summary  one sentence saying what the scenario shows
     * @param runnable whether the engine can run it in this build
     */
    public record Entry(String id, String title, String summary, boolean runnable) {
        /** Rejects blank fields: every entry is shown to users. */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            if (id.isBlank() || title.isBlank() || summary.isBlank()) {
                throw new IllegalArgumentException("catalogue entries need an id, a title and a summary");
            }
        }
    }

    // Every built-in scenario has a bundled file (lessons module) and runs on this engine.
    private static final boolean RUNNABLE = true;

    private static final List<Entry> ENTRIES = List.of(
            new Entry("l4lb-tcp", "TCP through an L4 load balancer",
                    "Plain TCP through a hash-based L4 load balancer with direct server return: every packet"
                            + " of the flow hashes alike, so it works.", RUNNABLE),
            new Entry("l4lb-mptcp-plain", "MPTCP through an L4 load balancer, no fix",
                    "The MP_JOIN of the second subflow is hashed to another server, which answers RST.",
                    RUNNABLE),
            new Entry("l4lb-mptcp-fixed", "MPTCP with the ICNP 2017 fix",
                    "C flag plus ADD_ADDR of the server's unique address: the JOIN goes direct, no RST.",
                    RUNNABLE),
            new Entry("l4lb-mptcp-offpath", "Beyond DSR: load balancer off the data path",
                    "The initial subflow is set to backup or closed, so the load balancer only sees the"
                            + " handshake.", RUNNABLE),
            new Entry("l4lb-mptcp-lossy-addaddr", "Lost ADD_ADDR recovered",
                    "The ADD_ADDR is lost on the way; the echo and retransmission recover it.", RUNNABLE),
            new Entry("l4lb-mptcp-stateful", "Alternative: MPTCP-aware stateful load balancer",
                    "The load balancer learns tokens from MP_CAPABLE keys and routes each JOIN by token.",
                    RUNNABLE),
            new Entry("l4lb-mptcp-beamer", "Alternative: Beamer-style load balancer",
                    "The server advertises the VIP with a port equal to its server id; the mux routes by port.",
                    RUNNABLE),
            new Entry("anycast-tcp", "TCP over anycast with ECMP",
                    "Anycast and ECMP over 3 servers, one withdrawn for 5 s every 10 s: RST spikes.",
                    RUNNABLE),
            new Entry("anycast-mptcp-fixed", "MPTCP over anycast with the fix",
                    "The same anycast network with the fix: no throughput drop, no RST.", RUNNABLE),
            new Entry("paper-l4lb", "Paper experiment: load balancer",
                    "The batch experiment behind the paper's load-balancer numbers.", RUNNABLE),
            new Entry("paper-anycast", "Paper experiment: anycast",
                    "The batch experiment behind the paper's anycast numbers.", RUNNABLE));

    private Catalog() {
    }

    /** All built-in scenarios in catalogue order; the list is unmodifiable. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry with exactly this id, if it is built in. */
    public static Optional<Entry> find(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
