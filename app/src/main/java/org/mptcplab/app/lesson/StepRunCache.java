package org.mptcplab.app.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mptcplab.app.playback.RunSession;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.play.StepState;

/**
 * The step recordings of one lesson player, kept so that consecutive steps on the same run (same
 * scenario with its variant applied, same seed) do not simulate it again: the engine is deterministic,
 * so the events up to a step's end time are a prefix of any longer recording of that run. A step whose
 * end lies within a kept recording replays that prefix; a step that needs a later end records afresh
 * and replaces it.
 *
 * <p>The bound is by entries ({@link #CAPACITY}, least recently used dropped), not by bytes: one entry
 * may hold up to {@link org.mptcplab.app.playback.RunLoader#MAX_EVENTS} events, but a step run is cut
 * {@link StepRunSource#AFTER_POINT} after its point, so entries are far smaller in practice. Only runs
 * that reached their end are kept; a cancelled, cut or aborted recording is not. Recordings finish on
 * the loader's background thread, hence the synchronised access.
 */
final class StepRunCache {
    /** Recordings kept per player: a lesson uses a handful of scenario variants. */
    static final int CAPACITY = 4;
    private final Function<StepRunSource, RunSession> engine;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A run: its scenario (variant applied) and seed. */
    private record Key(Scenario scenario, long seed) {
    }

    /** A finished recording up to {@code end}, ns. */
    private record Kept(long end, List<TraceEvent> events) {
    }

    /** A cache that records with the engine ({@link StepRunSource#open()}). */
    StepRunCache() {
        this(StepRunSource::open);
    }

    /** A cache that records through {@code engine} (tests count the runs with it). */
    StepRunCache(Function<StepRunSource, RunSession> engine) {
        this.engine = engine;
    }

    /** The run of {@code state}'s step, served from this cache when it can be. */
    RunSource sourceFor(StepState state) {
        StepRunSource step = new StepRunSource(state);
        return new RunSource() {
            @Override
            public String id() {
                return step.id();
            }

            @Override
            public String title() {
                return step.title();
            }

            @Override
            public TopologyModel topology() {
                return step.topology();
            }

            @Override
            public RunSession open() {
                return StepRunCache.this.open(step);
            }
        };
    }

    /** Number of recordings kept. */
    synchronized int size() {
        return kept.size();
    }

    private RunSession open(StepRunSource step) {
        Key key = new Key(step.scenario(), step.seed());
        Optional<List<TraceEvent>> prefix = prefix(key, step.endTime());
        if (prefix.isPresent()) {
            return new ReplaySession(prefix.get(), step.endTime());
        }
        return new Capturing(engine.apply(step), events -> keep(key, step.endTime(), events));
    }

    private synchronized Optional<List<TraceEvent>> prefix(Key key, long end) {
        Kept k = kept.get(key);
        if (k == null || k.end() < end) {
            return Optional.empty();
        }
        // The engine's session runs every action at or before its end time, so its events are those.
        int n = 0;
        while (n < k.events().size() && k.events().get(n).time() <= end) {
            n++;
        }
        return Optional.of(k.events().subList(0, n));
    }

    private synchronized void keep(Key key, long end, List<TraceEvent> events) {
        Kept old = kept.get(key);
        if (old == null || old.end() < end) {
            kept.put(key, new Kept(end, List.copyOf(events)));
        }
    }

    /** Passes an engine session through, keeping its events when it reaches its end without a stop. */
    private static final class Capturing implements RunSession {
        private final RunSession inner;
        private final Consumer<List<TraceEvent>> done;
        private final List<TraceEvent> events = new ArrayList<>();
        private boolean handedOver;

        Capturing(RunSession inner, Consumer<List<TraceEvent>> done) {
            this.inner = inner;
            this.done = done;
        }

        @Override
        public List<TraceEvent> advance(int maxActions) {
            List<TraceEvent> fresh = inner.advance(maxActions);
            events.addAll(fresh);
            if (inner.finished() && inner.stopped().isEmpty() && !handedOver) {
                handedOver = true;
                done.accept(events);
            }
            return fresh;
        }

        @Override
        public boolean finished() {
            return inner.finished();
        }

        @Override
        public long now() {
            return inner.now();
        }

        @Override
        public long endTime() {
            return inner.endTime();
        }

        @Override
        public Optional<RunStop> stopped() {
            return inner.stopped();
        }
    }
}
