package org.mptcplab.app.files;

import java.util.Optional;

/** Tells the user something went wrong, or asks a question, in a modal message. */
public interface UserDialogs {

    /** Shows {@code message} (e.g. the loader's file:line:col message and its parts) under {@code title}. */
    void showError(String title, String message);

    /**
     * Shows {@code message} under {@code title} with {@code details} (a stack trace, say) in a collapsed
     * expander. The default drops the details, so existing implementations and test lambdas stay valid.
     */
    default void showError(String title, String message, String details) {
        showError(title, message);
    }

    /**
     * Asks {@code question}; the chosen answer, or empty when the user closed the dialog. Callers treat
     * empty as the answer that changes nothing. The default implementation asks nobody and answers
     * empty, so error-only implementations (and test lambdas) stay valid.
     */
    default Optional<String> ask(Question question) {
        return Optional.empty();
    }
}
