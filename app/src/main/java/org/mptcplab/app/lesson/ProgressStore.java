package org.mptcplab.app.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mptcplab.app.files.AtomicFiles;
import org.mptcplab.app.files.JsonRecentFilesStore;

/**
 * Keeps one small JSON file per lesson, {@code <config>/lesson-progress/<lesson id>.json}, beside the
 * recent-files list (same folder logic, see {@link JsonRecentFilesStore#inConfigDir()}). Files are
 * written atomically ({@link AtomicFiles}); a file that cannot be read, is damaged, or no longer fits
 * the lesson (fewer steps) gives a fresh start and a notice, never an exception.
 */
public final class ProgressStore {
    /** Sub-folder of the configuration folder. */
    public static final String FOLDER = "lesson-progress";
    private static final int FORMAT = 1;
    /** A progress file is a few hundred bytes; anything far larger is not ours. */
    private static final long MAX_BYTES = 256 * 1024;
    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9-]{1,80}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    /** A store in {@code folder} (created on the first save). */
    public ProgressStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the platform configuration folder. */
    public static ProgressStore inConfigDir() {
        Path config = JsonRecentFilesStore.inConfigDir().file().toAbsolutePath().getParent();
        return new ProgressStore(config.resolve(FOLDER));
    }

    /** The folder holding the files. */
    public Path folder() {
        return folder;
    }

    /** The file of lesson {@code lessonId}. */
    public Path fileOf(String lessonId) {
        if (!SAFE_ID.matcher(lessonId).matches()) {
            // Lesson ids are validated by the loader; this keeps a file name from ever leaving the folder.
            throw new IllegalArgumentException("not a lesson id: " + lessonId);
        }
        return folder.resolve(lessonId + ".json");
    }

    /** The saved progress of {@code lessonId}, checked against a lesson of {@code stepCount} steps. */
    public ProgressRead load(String lessonId, int stepCount) {
        Path file = fileOf(lessonId);
        LessonProgress fresh = LessonProgress.fresh(lessonId);
        if (!Files.isRegularFile(file)) {
            return new ProgressRead(fresh, "");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("the file is too large");
            }
            return new ProgressRead(parse(Files.readString(file, StandardCharsets.UTF_8), lessonId, stepCount), "");
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof JsonProcessingException ? "it is not valid JSON" : e.getMessage();
            return new ProgressRead(fresh, "Saved progress for '" + lessonId + "' could not be used (" + why
                    + "); starting the lesson fresh.");
        }
    }

    /**
     * Saves {@code progress}.
     *
     * @return empty on success, else one sentence for the status line (the lesson goes on unsaved)
     */
    public String save(LessonProgress progress) {
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(fileOf(progress.lessonId()), toJson(progress));
            return "";
        } catch (IOException e) {
            return "Progress could not be saved (" + e.getMessage() + ").";
        }
    }

    static String toJson(LessonProgress p) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("lesson", p.lessonId());
        root.put("step", p.step());
        ArrayNode answers = root.putArray("answers");
        p.answers().forEach((step, a) -> answers.addObject().put("step", step).put("given", a.given())
                .put("outcome", a.outcome().name()).put("feedback", a.feedback()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static LessonProgress parse(String text, String lessonId, int stepCount) throws JsonProcessingException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT) {
            throw new IllegalArgumentException("unknown format");
        }
        if (!lessonId.equals(root.path("lesson").asText(null))) {
            throw new IllegalArgumentException("it belongs to another lesson");
        }
        int step = index(root.path("step"), stepCount, "step");
        Map<Integer, SavedAnswer> answers = new TreeMap<>();
        JsonNode list = root.path("answers");
        if (!list.isArray()) {
            throw new IllegalArgumentException("answers is not a list");
        }
        for (JsonNode a : list) {
            int at = index(a.path("step"), stepCount, "answer step");
            AnswerState outcome;
            try {
                outcome = AnswerState.valueOf(a.path("outcome").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown outcome of step " + at);
            }
            if (!a.path("given").isTextual() || !a.path("feedback").isTextual()) {
                throw new IllegalArgumentException("answer of step " + at + " is incomplete");
            }
            answers.put(at, new SavedAnswer(a.path("given").asText(), outcome, a.path("feedback").asText()));
        }
        return new LessonProgress(lessonId, step, answers);
    }

    private static int index(JsonNode n, int stepCount, String what) {
        if (!n.isInt() || n.asInt() < 0 || n.asInt() >= stepCount) {
            throw new IllegalArgumentException(what + " is not a step of this lesson (it has " + stepCount + ")");
        }
        return n.asInt();
    }
}
