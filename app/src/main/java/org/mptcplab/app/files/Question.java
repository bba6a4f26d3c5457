package org.mptcplab.app.files;

import java.util.List;
import java.util.Objects;

/**
 * A question for the user with named answers, e.g. "Reload" / "Keep mine".
 *
 * @param id      stable name tests and logs use, e.g. {@code file-changed}
 * @param title   window title and header
 * @param message what happened and what each answer does
 * @param choices the answers, the default (safest) first
 */
public record Question(String id, String title, String message, List<String> choices) {
    /** Checks that there is at least one choice and copies the list. */
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a question needs at least one choice");
        }
    }
}
