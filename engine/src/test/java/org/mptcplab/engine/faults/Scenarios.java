package org.mptcplab.engine.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.Scenario;

/** Copies of a scenario with one part changed (scenarios are immutable records). */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario withFaults(Scenario s, List<FaultSpec> more) {
        List<FaultSpec> faults = new ArrayList<>(s.faults());
        faults.addAll(more);
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), s.nodes(), s.links(), s.routing(), s.applications(), faults, s.events());
    }

    static Scenario withEvents(Scenario s, List<EventSpec> more) {
        List<EventSpec> events = new ArrayList<>(s.events());
        events.addAll(more);
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), s.nodes(), s.links(), s.routing(), s.applications(), s.faults(), events);
    }

    static Scenario withDuration(Scenario s, long duration) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), duration,
                s.nodes(), s.links(), s.routing(), s.applications(), s.faults(), s.events());
    }

    /** Changes both directions of the link called {@code name}. */
    static Scenario withLink(Scenario s, String name, UnaryOperator<LinkParams> change) {
        return withLinkDirections(s, name, change, change);
    }

    /** Changes the directions a-to-b and b-to-a of the link called {@code name} separately. */
    static Scenario withLinkDirections(Scenario s, String name, UnaryOperator<LinkParams> ab,
            UnaryOperator<LinkParams> ba) {
        int index = s.linkNames().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no link " + name + " in " + s.linkNames());
        }
        List<LinkSpec> links = new ArrayList<>(s.links());
        LinkSpec l = links.get(index);
        links.set(index, new LinkSpec(l.a(), l.b(), ab.apply(l.ab()), ba.apply(l.ba())));
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(),
                s.duration(), s.nodes(), links, s.routing(), s.applications(), s.faults(), s.events());
    }

    /** Changes every link. */
    static Scenario withEveryLink(Scenario s, UnaryOperator<LinkParams> change) {
        Scenario out = s;
        for (String name : s.linkNames()) {
            out = withLink(out, name, change);
        }
        return out;
    }

    /**
     * Fault actions a scenario injects: each scripted fault, each occurrence of a timed event, and
     * each link direction that differs from {@code base}.
     */
    static long injected(Scenario base, Scenario faulty) {
        long n = faulty.faults().size();
        for (EventSpec e : faulty.events()) {
            n += e.occurrences();
        }
        for (int i = 0; i < faulty.links().size(); i++) {
            LinkSpec a = base.links().get(i);
            LinkSpec b = faulty.links().get(i);
            n += (a.ab().equals(b.ab()) ? 0 : 1) + (a.ba().equals(b.ba()) ? 0 : 1);
        }
        return n;
    }
}
