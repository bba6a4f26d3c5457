package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Remembers the {@link FileStamp} of the open file as this app last read or wrote it, and notices when
 * another program changed it. After "Keep mine" the same foreign version is not asked about again, but
 * the stamp stays the old one, so saving over it still asks first.
 */
final class DiskCheck {
    /** What the user wants after a check. */
    enum Answer { UNCHANGED, RELOAD, KEEP }

    private final UserDialogs dialogs;
    private FileStamp known;
    private FileStamp acknowledged;

    DiskCheck(UserDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Starts tracking {@code file} (null: nothing) as it is on disk now. */
    void track(Path file) {
        acknowledged = null;
        known = file == null ? null : stampOrNull(file);
    }

    /** Whether {@code file}'s content differs from what was last read or written here. */
    boolean changedSinceRead(Path file) {
        FileStamp now = stampOrNull(file);
        // A deleted file has nothing to overwrite: saving simply writes it again.
        return known != null && now != null && !now.missing() && known.contentDiffers(now);
    }

    /** Checks {@code file} and, when another program changed it, asks what to do. */
    Answer ask(Path file) {
        FileStamp now = stampOrNull(file);
        if (known == null || now == null || !known.differs(now) || now.equals(acknowledged)) {
            return Answer.UNCHANGED;
        }
        if (!known.contentDiffers(now)) {
            // Touched but identical: nothing for the user to decide.
            known = now;
            return Answer.UNCHANGED;
        }
        acknowledged = now;
        if (now.missing()) {
            dialogs.ask(FileQuestions.fileMissing(file));
            return Answer.KEEP;
        }
        return dialogs.ask(FileQuestions.fileChanged(file)).filter(FileQuestions.RELOAD::equals).isPresent()
                ? Answer.RELOAD : Answer.KEEP;
    }

    private static FileStamp stampOrNull(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            // Unreadable for now (permissions, a folder in its place): nothing sensible to compare.
            return null;
        }
    }
}
