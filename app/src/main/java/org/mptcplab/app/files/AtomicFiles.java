package org.mptcplab.app.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that a reader sees either the old content or the new one, never half of it: the
 * bytes go to a temporary file beside the target, are forced to the disk, and the temporary file is
 * renamed over the target (rename is atomic within one folder on POSIX file systems).
 *
 * <p>A symbolic link stays a link: the file it points to is replaced. An existing file keeps its POSIX
 * permissions. The folder is forced after the rename where the platform allows it, so the rename itself
 * survives a power cut; where it does not (Windows), the content is still complete.
 */
public final class AtomicFiles {
    /** Links followed at most, as the Linux kernel's limit (ELOOP after 40). */
    private static final int MAX_LINKS = 40;

    /** Produces a file's bytes; may fail, which leaves the old file untouched. */
    @FunctionalInterface
    public interface Content {
        /** Writes the new content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code text} (UTF-8).
     *
     * @throws IOException when the folder is missing or not writable, or the write or rename fails; the
     *                     target is then left as it was and no temporary file remains
     */
    public static void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes; see {@link #write(Path, String)}. An
     * exception from {@code content} is passed on after the temporary file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        Path real = followLinks(target.toAbsolutePath().normalize());
        Path folder = real.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(real.toString(), null, "the folder " + folder + " does not exist");
        }
        Path temp = createTemp(real, folder);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                // Without this, a crash right after the rename can leave an empty file (delayed allocation).
                channel.force(true);
            }
            keepPermissions(real, temp);
            move(temp, real);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTemp(Path real, Path folder) throws IOException {
        try {
            return Files.createTempFile(folder, "." + real.getFileName(), ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(real.toString(), null,
                    "the folder " + folder + " is read-only or not writable by you");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "cannot create a file there" : e.getReason();
            throw new FileSystemException(real.toString(), null, "the folder " + folder + ": " + reason);
        }
    }

    private static void move(Path temp, Path real) throws IOException {
        try {
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file a chain of links ends at (which may not exist yet); {@code path} itself when no link. */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    private static void keepPermissions(Path real, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        // A temporary file is created owner-only; a new scenario file should be as readable as any other.
        Set<PosixFilePermission> wanted = Files.exists(real) ? Files.getPosixFilePermissions(real)
                : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        view.setPermissions(wanted);
    }

    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the file's content was forced already.
        }
    }
}
