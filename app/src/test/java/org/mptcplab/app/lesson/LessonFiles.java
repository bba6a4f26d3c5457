package org.mptcplab.app.lesson;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small lesson files written into a test's folder. */
final class LessonFiles {
    static final String LINK = "https://www.rfc-editor.org/rfc/rfc8684";

    private LessonFiles() {
    }

    /** A one-step lesson {@code id} with a link in its narration and the image {@code fig.png} beside it. */
    static Path withImageAndLink(Path folder, String id) throws IOException {
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("fig.png").toFile());
        Path file = folder.resolve(id + ".json");
        Files.writeString(file, """
                {
                  "schemaVersion": 1,
                  "id": "%s",
                  "title": "A lesson of my own",
                  "goals": ["Find the SYN"],
                  "steps": [
                    {
                      "scenario": "l4lb-tcp",
                      "at": { "runTo": { "kind": "SYN", "nth": 1 } },
                      "narration": "The **SYN** leaves the client. See [RFC 8684](%s).",
                      "image": "fig.png"
                    }
                  ]
                }
                """.formatted(id, LINK));
        return file;
    }
}
