package org.mptcplab.lessons.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Asset references in lessons (e.g. a step's image): relative paths that stay inside the lesson's
 * folder. Checked on the text alone, so that no file outside the folder is ever opened to find out.
 */
public final class AssetPaths {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/-]{1,200}");

    private AssetPaths() {
    }

    static String check(Fields f, String field) {
        String p = f.string(field, 200);
        if (!SAFE.matcher(p).matches() || p.startsWith("/") || p.contains("//") || !confined(p)) {
            throw f.error(field, "an asset is a relative path inside the lesson's folder (letters, digits, '.', '_',"
                    + " '-', '/'; no \"..\"), got \"" + p + "\"");
        }
        return p;
    }

    /**
     * {@code folder/relative} when it stays inside {@code folder}, for the player to open. Besides the
     * text, the deepest part of the path that exists must really be inside the folder, so a symbolic
     * link placed in the folder cannot lead out of it.
     *
     * @throws IllegalArgumentException when the path leaves the folder, by name or through a link
     */
    public static Path resolve(Path folder, String relative) {
        Path base = folder.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a path: " + relative);
        }
        if (!target.startsWith(base)) {
            throw new IllegalArgumentException("asset path leaves the lesson folder: " + relative);
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.exists(base)) {
            try {
                if (!existing.toRealPath().startsWith(base.toRealPath())) {
                    throw new IllegalArgumentException("asset path leaves the lesson folder through a symbolic link: "
                            + relative);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot resolve asset path " + relative + ": " + e.getMessage());
            }
        }
        return target;
    }

    private static boolean confined(String p) {
        try {
            Path normal = Path.of(p).normalize();
            return !normal.isAbsolute() && !normal.startsWith("..") && !p.contains("..");
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
