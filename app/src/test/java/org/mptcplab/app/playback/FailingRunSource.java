package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * A real run whose session hands out its first {@code failAfter} events and then throws, the way an
 * engine bug would surface mid-run.
 */
final class FailingRunSource implements RunSource {
    static final String BUG = "injected engine bug";
    private final RunSource real;
    private final int failAfter;

    FailingRunSource(RunSource real, int failAfter) {
        this.real = real;
        this.failAfter = failAfter;
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public String title() {
        return real.title();
    }

    @Override
    public TopologyModel topology() {
        return real.topology();
    }

    @Override
    public RunSession open() {
        RunSession inner = real.open();
        return new RunSession() {
            private int delivered;

            @Override
            public List<TraceEvent> advance(int maxActions) {
                if (delivered >= failAfter) {
                    throw new IllegalStateException(BUG);
                }
                List<TraceEvent> fresh = new ArrayList<>(inner.advance(maxActions));
                if (delivered + fresh.size() > failAfter) {
                    fresh.subList(failAfter - delivered, fresh.size()).clear();
                }
                delivered += fresh.size();
                return fresh;
            }

            @Override
            public boolean finished() {
                // Never finished on its own: the failure is what ends it.
                return false;
            }

            @Override
            public long now() {
                return inner.now();
            }

            @Override
            public long endTime() {
                return inner.endTime();
            }
        };
    }
}
