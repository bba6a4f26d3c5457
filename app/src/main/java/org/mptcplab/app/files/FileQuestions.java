package org.mptcplab.app.files;

import java.nio.file.Path;
import java.util.List;

/** The questions the files view-model asks, worded in one place; their ids are what tests answer. */
final class FileQuestions {
    static final String SAVE = "Save";
    static final String DISCARD = "Discard";
    static final String CANCEL = "Cancel";
    static final String OVERWRITE = "Overwrite";
    static final String RELOAD = "Reload";
    static final String KEEP_MINE = "Keep mine";

    private FileQuestions() {
    }

    /** Before replacing or closing a scenario with unsaved edits; {@code name} says which one. */
    static Question unsavedEdits(String name) {
        return new Question("unsaved-edits", "Unsaved edits",
                "The scenario " + name + " has edits that are not saved.\n\nSave them first?",
                List.of(SAVE, DISCARD, CANCEL));
    }

    /** Before saving over a file another program changed. */
    static Question overwriteChanged(Path file) {
        return new Question("overwrite-changed", "File changed on disk",
                file + " was changed by another program since it was opened or saved here.\n\n"
                        + "Overwrite it with your version? Its current content will be lost.",
                List.of(CANCEL, OVERWRITE));
    }

    /** When the window gets the focus back and the open file has new content. */
    static Question fileChanged(Path file) {
        return new Question("file-changed", "File changed on disk",
                file + " was changed by another program.\n\nReload it (your unsaved edits are lost), or keep"
                        + " your version (saving will ask before overwriting the other program's changes)?",
                List.of(KEEP_MINE, RELOAD));
    }

    /** When the open file was deleted or moved. */
    static Question fileMissing(Path file) {
        return new Question("file-missing", "File deleted or moved",
                file + " no longer exists. Your version stays open; Save writes it there again.", List.of("OK"));
    }
}
