package org.mptcplab.app.lesson;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mptcplab.lessons.model.Question;
import org.mptcplab.lessons.model.QuestionType;

/**
 * The question of a step: the prompt, one button per choice or a field for a value or an exercise
 * port, a reveal button, and the feedback once the answer is settled. Every action goes to the
 * {@link LessonPlayerViewModel}; this view only mirrors its state.
 */
final class QuestionView extends VBox {
    private final LessonPlayerViewModel model;
    private final NarrationView feedback;
    private final Label verdict = new Label();
    private final Runnable showWhy;

    QuestionView(LessonPlayerViewModel model, Consumer<String> onLink, Runnable showWhy) {
        this.model = model;
        this.showWhy = showWhy;
        this.feedback = new NarrationView(onLink);
        setId("question-box");
        getStyleClass().add("lesson-question");
        setSpacing(8);
        feedback.setId("feedback");
        verdict.setId("answer-verdict");
        verdict.getStyleClass().add("lesson-verdict");
        model.answerStateProperty().addListener((o, a, s) -> rebuild());
        model.feedbackProperty().addListener((o, a, s) -> rebuild());
        model.stepIndexProperty().addListener((o, a, s) -> rebuild());
        model.stateProperty().addListener((o, a, s) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        Question q = model.question().orElse(null);
        boolean playable = model.getState() != null;
        setVisible(q != null && playable);
        setManaged(q != null && playable);
        if (q == null || !playable) {
            return;
        }
        Label prompt = new Label(q.prompt());
        prompt.setId("question-prompt");
        prompt.getStyleClass().add("lesson-prompt");
        prompt.setWrapText(true);
        getChildren().add(prompt);
        boolean settled = model.getAnswerState().settled();
        getChildren().add(switch (q.type()) {
            case CHOICE -> choices(q, settled);
            case VALUE -> field("answer-field", "Your answer", "Check", settled, model::answer);
            case EXERCISE -> field("exercise-port", "Port, e.g. 40001", "Run with this port", settled,
                    text -> model.checkExercise(text));
        });
        if (q.type() == QuestionType.EXERCISE) {
            Label seed = new Label("Your run uses your own seed (" + model.student() + "), so your answer may differ"
                    + " from your neighbour's.");
            seed.setWrapText(true);
            seed.getStyleClass().add("lesson-hint");
            getChildren().add(seed);
        }
        verdict.setText(switch (model.getAnswerState()) {
            case CORRECT -> "\u2714 Right";
            case WRONG -> "\u2718 Not quite";
            case REVEALED -> "Answer revealed";
            default -> model.getFeedback().isEmpty() ? "" : "\u2718 Not yet";
        });
        verdict.getStyleClass().removeAll("lesson-right", "lesson-wrong");
        verdict.getStyleClass().add(model.getAnswerState() == AnswerState.CORRECT ? "lesson-right" : "lesson-wrong");
        feedback.setText(model.getFeedback());
        Button reveal = new Button("Reveal the answer");
        reveal.setId("reveal-answer");
        reveal.setOnAction(e -> model.reveal());
        Button why = new Button("Show why in the run");
        why.setId("show-why");
        why.setTooltip(new Tooltip("Selects the packet or hash decision that decides the answer"));
        why.setOnAction(e -> showWhy.run());
        HBox actions = new HBox(8, settled ? why : reveal);
        if (!model.getFeedback().isEmpty() || settled) {
            getChildren().addAll(verdict, feedback);
        }
        getChildren().add(actions);
    }

    private FlowPane choices(Question q, boolean settled) {
        FlowPane row = new FlowPane(8, 8);
        row.setId("choices");
        for (int i = 0; i < q.choices().size(); i++) {
            String c = q.choices().get(i);
            Button b = new Button(c);
            b.setId("choice-" + i);
            b.getStyleClass().add("lesson-choice");
            if (settled && c.equalsIgnoreCase(model.givenProperty().get())) {
                b.getStyleClass().add("lesson-chosen");
            }
            b.setDisable(settled);
            b.setOnAction(e -> model.answer(c));
            row.getChildren().add(b);
        }
        return row;
    }

    private HBox field(String id, String hint, String action, boolean settled, Consumer<String> submit) {
        TextField text = new TextField(model.givenProperty().get());
        text.setId(id);
        text.setPromptText(hint);
        text.setPrefColumnCount(12);
        text.setDisable(settled);
        Button go = new Button(action);
        go.setId(id + "-check");
        go.setDisable(settled);
        go.setDefaultButton(false);
        go.setOnAction(e -> submit.accept(text.getText()));
        text.setOnAction(e -> submit.accept(text.getText()));
        HBox row = new HBox(8, text, go);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
