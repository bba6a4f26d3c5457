package org.mptcplab.app.files;

/** Tells the user something went wrong, in a modal message. */
public interface UserDialogs {

    /** Shows {@code message} (one line, e.g. the loader's file:line:col message) under {@code title}. */
    void showError(String title, String message);
}
