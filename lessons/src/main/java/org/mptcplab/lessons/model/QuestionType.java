package org.mptcplab.lessons.model;

/** How the student answers. */
public enum QuestionType implements Worded {
    /** Pick one of the listed choices; the computed answer must be one of them. */
    CHOICE("choice"),
    /** Type a value, compared with the computed answer ignoring case and surrounding blanks. */
    VALUE("value"),
    /** Choose a parameter so that a goal holds, checked by re-running the engine. */
    EXERCISE("exercise");

    private final String word;

    QuestionType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
