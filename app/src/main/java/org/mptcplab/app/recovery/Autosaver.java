package org.mptcplab.app.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.mptcplab.app.files.UnsavedWork;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/**
 * Writes the edited scenario to the {@link AutosaveStore} on every edit, but at most once per
 * {@link #MIN_INTERVAL_MILLIS}: the first edit after a quiet spell is written at once, later ones
 * within the interval are written together when it ends. Saving, reloading or discarding removes the
 * autosave. The clock and the timer are injected, so tests run without waiting.
 */
public final class Autosaver implements UnsavedWork {
    /** Shortest time between two writes. */
    public static final long MIN_INTERVAL_MILLIS = 2_000;

    /** Runs a task once after a delay (a JavaFX pause in the app, a manual queue in tests). */
    @FunctionalInterface
    public interface Timer {
        /** Runs {@code task} once, {@code delayMillis} from now, on the thread that edits happen on. */
        void runAfter(long delayMillis, Runnable task);
    }

    private record Pending(Path file, Scenario scenario) {
    }

    private final AutosaveStore store;
    private final LongSupplier clockMillis;
    private final Timer timer;
    private final Consumer<String> problems;
    private String key;
    private Pending pending;
    private long lastWrite = Long.MIN_VALUE;
    private boolean scheduled;
    private boolean problemReported;

    /**
     * @param store       where autosaves go
     * @param clockMillis current time in milliseconds (e.g. {@code System::currentTimeMillis})
     * @param timer       runs the deferred write
     * @param problems    told once, in words, when autosaving fails (e.g. a read-only state folder)
     */
    public Autosaver(AutosaveStore store, LongSupplier clockMillis, Timer timer, Consumer<String> problems) {
        this.store = Objects.requireNonNull(store, "store");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @Override
    public void changed(Path file, Scenario scenario) {
        long now = clockMillis.getAsLong();
        if (key == null) {
            key = keyFor(file, scenario, now);
        }
        pending = new Pending(file, scenario);
        if (lastWrite == Long.MIN_VALUE || now - lastWrite >= MIN_INTERVAL_MILLIS) {
            writePending(now);
        } else if (!scheduled) {
            scheduled = true;
            timer.runAfter(lastWrite + MIN_INTERVAL_MILLIS - now, this::due);
        }
    }

    private void due() {
        scheduled = false;
        flush();
    }

    @Override
    public void settled() {
        pending = null;
        if (key != null) {
            try {
                store.remove(key);
            } catch (IOException e) {
                report("cannot remove the autosave " + key + ": " + e.getMessage());
            }
        }
        key = null;
    }

    @Override
    public void replaced() {
        // The replaced scenario's last edits go to disk now; its autosave stays to be offered later.
        flush();
        key = null;
    }

    /** Writes a pending edit now (e.g. when the window closes without saving). */
    public void flush() {
        if (pending != null) {
            writePending(clockMillis.getAsLong());
        }
    }

    /** Continues under the autosave {@code recoveredKey}, so a recovered scenario does not get a second one. */
    public void resume(String recoveredKey) {
        flush();
        key = recoveredKey;
    }

    /** The key of the scenario being autosaved, or null when nothing is unsaved. */
    public String currentKey() {
        return key;
    }

    private void writePending(long now) {
        Pending p = pending;
        pending = null;
        lastWrite = now;
        try {
            store.write(new Autosave(key, p.file(), now, ScenarioWriter.toJson(p.scenario())));
        } catch (IOException e) {
            report("cannot autosave to " + store.dir() + ": " + e.getMessage());
        }
    }

    private void report(String message) {
        if (!problemReported) {
            problemReported = true;
            problems.accept(message);
        }
    }

    /** A file-name stem: the file's name plus a hash of its full path, or the scenario id and a time. */
    static String keyFor(Path file, Scenario scenario, long now) {
        if (file == null) {
            return "untitled-" + safe(scenario.id()) + "-" + now;
        }
        String name = file.getFileName() == null ? "file" : file.getFileName().toString();
        return safe(name.replaceFirst("(?i)\\.json$", "")) + "-" + pathHash(file.toAbsolutePath().normalize());
    }

    private static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }

    private static String pathHash(Path p) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(p.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
