package org.mptcplab.lessons.model;

/**
 * What the student reads after answering; {@code {answer}} is replaced by the computed answer.
 */
public record Feedback(String correct, String wrong) {
    /** The text for a right or wrong answer with {@code {answer}} filled in. */
    public String render(boolean right, String answer) {
        return (right ? correct : wrong).replace("{answer}", answer);
    }
}
