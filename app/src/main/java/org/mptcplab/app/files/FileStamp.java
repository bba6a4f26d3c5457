package org.mptcplab.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file looked like when the app last read or wrote it: modification time, size and SHA-256 of
 * the content. Time and size alone miss an edit within the file system's time resolution that keeps
 * the size is caught only by the hash; reading and hashing the file on every focus change is cheap
 * for scenario files (at most a few hundred KiB). A new time with the same bytes (a "touch", a
 * version-control checkout of the same content) is not reported as a change.
 *
 * @param modifiedMillis last modification, milliseconds since the epoch; -1 when the file is missing
 * @param size           length in bytes; -1 when missing
 * @param sha256         lower-case hex digest of the content; empty when missing
 */
public record FileStamp(long modifiedMillis, long size, String sha256) {
    /** The stamp of a file that does not exist. */
    public static final FileStamp MISSING = new FileStamp(-1, -1, "");

    /** The current stamp of {@code file}; {@link #MISSING} when there is no such file. */
    public static FileStamp of(Path file) throws IOException {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            byte[] bytes = Files.readAllBytes(file);
            return new FileStamp(modified, bytes.length, hash(bytes));
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /** The stamp of {@code bytes} just written to a file modified at {@code modifiedMillis}. */
    public static FileStamp of(long modifiedMillis, byte[] bytes) {
        return new FileStamp(modifiedMillis, bytes.length, hash(bytes));
    }

    /** Whether the file is gone. */
    public boolean missing() {
        return size < 0;
    }

    /** Whether {@code now} holds other content than this stamp (a new time with the same bytes is no change). */
    public boolean contentDiffers(FileStamp now) {
        return size != now.size || !sha256.equals(now.sha256);
    }

    /** Whether {@code now} differs at all: time, size or content. */
    public boolean differs(FileStamp now) {
        return modifiedMillis != now.modifiedMillis || contentDiffers(now);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
