package org.mptcplab.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mptcplab.app.files.AtomicFiles;
import org.mptcplab.app.files.Question;
import org.mptcplab.app.files.ScenarioFilesViewModel;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.engine.scenario.Scenario;

/**
 * Offers autosaved work at startup: "Recover N unsaved scenarios?" with Recover / Discard. Recover opens
 * the newest one as the current, unsaved scenario (edited from its original file) and writes the others
 * to the "recovered" folder, adding them to Open recent: the window holds one scenario at a time.
 * Closing the dialog decides nothing: the autosaves are offered again at the next start.
 */
public final class StartupRecovery {
    static final String RECOVER = "Recover";
    static final String DISCARD = "Discard";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final AutosaveStore store;
    private final Autosaver autosaver;
    private final UserDialogs dialogs;
    private final ZoneId zone;

    /** Recovery from {@code store}, continuing autosave with {@code autosaver}; times shown in {@code zone}. */
    public StartupRecovery(AutosaveStore store, Autosaver autosaver, UserDialogs dialogs, ZoneId zone) {
        this.store = store;
        this.autosaver = autosaver;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** What recovery did: the scenario now open (to be run) and where the others went. */
    public record Outcome(Scenario opened, Path origin, List<Path> others) {
    }

    /**
     * Asks about pending autosaves, if any, and recovers into {@code files} on Recover. Empty when there
     * was nothing to offer or the user chose Discard or closed the dialog.
     */
    public Optional<Outcome> offer(ScenarioFilesViewModel files) {
        List<RecoveryCandidates.Candidate> found = RecoveryCandidates.find(store);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String answer = dialogs.ask(question(found)).orElse("");
        if (DISCARD.equals(answer)) {
            for (RecoveryCandidates.Candidate c : found) {
                remove(c.autosave());
            }
            return Optional.empty();
        }
        if (!RECOVER.equals(answer)) {
            return Optional.empty();
        }
        List<Path> others = new ArrayList<>();
        for (RecoveryCandidates.Candidate c : found.subList(1, found.size())) {
            writeOut(c).ifPresent(p -> {
                others.add(p);
                files.recent().add(p);
                remove(c.autosave());
            });
        }
        RecoveryCandidates.Candidate newest = found.get(0);
        autosaver.resume(newest.autosave().key());
        files.recover(newest.scenario(), newest.autosave().origin());
        return Optional.of(new Outcome(newest.scenario(), newest.autosave().origin(), others));
    }

    private Question question(List<RecoveryCandidates.Candidate> found) {
        StringBuilder text = new StringBuilder("MPTCP Lab did not close normally. These edits were autosaved:\n");
        for (RecoveryCandidates.Candidate c : found) {
            Autosave a = c.autosave();
            text.append("\n\u2022 ").append(c.scenario().id()).append(" (")
                    .append(a.origin() == null ? "never saved" : "edited from " + a.origin()).append("), at ")
                    .append(TIME.format(Instant.ofEpochMilli(a.savedAtMillis()).atZone(zone)));
        }
        text.append("\n\nRecover opens the newest");
        if (found.size() > 1) {
            text.append(" and lists the others under File > Open recent");
        }
        text.append("; nothing is written over your files until you save. Discard deletes the autosaves.");
        String n = found.size() == 1 ? "1 unsaved scenario" : found.size() + " unsaved scenarios";
        return new Question("recover", "Recover " + n + "?", text.toString(), List.of(RECOVER, DISCARD));
    }

    private Optional<Path> writeOut(RecoveryCandidates.Candidate c) {
        Path target = store.recoveredDir().resolve(c.autosave().key() + ".json");
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, c.autosave().scenarioJson());
            return Optional.of(target);
        } catch (IOException e) {
            // Left in the autosave folder: offered again next time.
            return Optional.empty();
        }
    }

    private void remove(Autosave a) {
        try {
            store.remove(a.key());
        } catch (IOException e) {
            // Offered again next time; nothing is lost.
        }
    }
}
