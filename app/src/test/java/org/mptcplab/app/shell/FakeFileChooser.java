package org.mptcplab.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.mptcplab.app.files.FileChooserPort;

/** A file chooser answering from a queue; an empty queue is a cancelled dialog. */
final class FakeFileChooser implements FileChooserPort {
    private final Deque<Path> answers = new ArrayDeque<>();

    /** The next open or save dialog picks {@code file}. */
    FakeFileChooser then(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseOpen() {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }
}
