package org.mptcplab.lessons.model;

import java.util.Objects;

/**
 * One step of a lesson.
 *
 * @param scenario  built-in scenario id
 * @param variant   overrides applied to it
 * @param at        where the run stops
 * @param narration text in the Markdown subset of {@code load.Narration}
 * @param highlight what to draw attention to
 * @param question  optional question (null when none)
 * @param image     optional image path relative to the lesson's folder (null when none)
 */
public record Step(String scenario, Variant variant, RunPoint at, String narration, Highlight highlight,
        Question question, String image) {
    /** Requires scenario, variant, point, narration and highlight. */
    public Step {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(narration, "narration");
        Objects.requireNonNull(highlight, "highlight");
    }
}
