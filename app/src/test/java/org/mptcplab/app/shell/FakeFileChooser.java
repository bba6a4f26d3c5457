package org.mptcplab.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mptcplab.app.files.FileChooserPort;

/** A file chooser answering from a queue; an empty queue is a cancelled dialog. */
public final class FakeFileChooser implements FileChooserPort {
    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();

    /** The next open or save dialog picks {@code file}. */
    public FakeFileChooser then(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseOpen() {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    /** The names the save dialogs proposed, in order. */
    public List<String> suggestedNames() {
        return suggestedNames;
    }
}
