package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mptcplab.lessons.load.AssetPaths;
import org.mptcplab.lessons.load.LessonLoadException;

/**
 * Asset paths stay inside the lesson's folder: the loader refuses escaping text ({@code ..}, absolute,
 * drive letters, URLs, backslashes, percent-encoding), and {@link AssetPaths#resolve} refuses what
 * leaves the folder on disk, including through a symbolic link placed inside it.
 */
class AssetPathsConfinementTest {
    @TempDir
    Path root;

    private static LessonTemplate withImage(String image) {
        return new LessonTemplate().at("{\"time\": \"1s\"}, \"image\": \"" + image + "\"");
    }

    @Test
    void aRelativeImageInsideTheFolderLoads() throws LessonLoadException {
        assertThat(withImage("img/step-1.png").load().steps().get(0).image()).isEqualTo("img/step-1.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.png", "img/../../secret.png", "/etc/passwd", "C:/Windows/win.ini",
        "https://example.org/x.png", "..\\\\secret.png", "%2e%2e/secret.png", "img//x.png", ".."})
    void theLoaderRefusesAnAssetPathThatCouldLeaveTheFolder(String image) {
        assertThatThrownBy(() -> withImage(image).load()).isInstanceOf(LessonLoadException.class)
                .hasMessageContaining("steps[0].image: an asset is a relative path inside the lesson's folder");
    }

    @Test
    void resolvingStaysInsideTheFolder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("lesson"));

        assertThat(AssetPaths.resolve(folder, "img/a.png")).isEqualTo(folder.toAbsolutePath().resolve("img/a.png"));
        assertThatThrownBy(() -> AssetPaths.resolve(folder, "../outside.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the lesson folder");
        assertThatThrownBy(() -> AssetPaths.resolve(folder, "/etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the lesson folder");
    }

    @Test
    void aSymbolicLinkInsideTheFolderCannotLeadOutOfIt() throws IOException {
        Path folder = Files.createDirectories(root.resolve("lesson"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.png"), "not an image");
        Files.createSymbolicLink(folder.resolve("img"), outside);

        assertThatThrownBy(() -> AssetPaths.resolve(folder, "img/secret.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("through a symbolic link");
        assertThatThrownBy(() -> AssetPaths.resolve(folder, "img/not-there-yet.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("through a symbolic link");
    }

    @Test
    void aSymbolicLinkThatStaysInsideTheFolderIsFine() throws IOException {
        Path folder = Files.createDirectories(root.resolve("lesson"));
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("images/a.png"), "png");
        Files.createSymbolicLink(folder.resolve("img"), folder.resolve("images"));

        // Compared as text: AssertJ's path assertions would follow the link themselves.
        assertThat(AssetPaths.resolve(folder, "img/a.png").toString())
                .isEqualTo(folder.toAbsolutePath().resolve("img/a.png").toString());
    }
}
