package org.mptcplab.app.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link UserDialogs} for tests: records every error and question, answers from a script per question id. */
public final class ScriptedDialogs implements UserDialogs {
    private final List<String> errors = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, Deque<String>> answers = new LinkedHashMap<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + "|" + message);
    }

    @Override
    public Optional<String> ask(Question question) {
        questions.add(question);
        Deque<String> queue = answers.get(question.id());
        return queue == null || queue.isEmpty() ? Optional.empty() : Optional.of(queue.pop());
    }

    /** The next question {@code id} is answered {@code choice}. */
    public ScriptedDialogs answer(String id, String choice) {
        answers.computeIfAbsent(id, k -> new ArrayDeque<>()).add(choice);
        return this;
    }

    /** Errors shown, as {@code title|message}. */
    public List<String> errors() {
        return errors;
    }

    /** Questions asked, in order. */
    public List<Question> questions() {
        return questions;
    }

    /** Ids of the questions asked, in order. */
    public List<String> questionIds() {
        return questions.stream().map(Question::id).toList();
    }
}
