package org.mptcplab.lessons.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mptcplab.lessons.load.LessonLoadException;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Lesson and scenario files come from anywhere (issue R9 item 6). The loaders only tokenize JSON with
 * jackson-core: this checks, on the compiled classes, that neither loader package can reach Jackson data
 * binding (hence no default typing and no {@code @JsonTypeInfo}), an XML parser (hence no external
 * entities), the network, Java serialization or reflective class loading; and, on inputs, that type
 * hints and references are refused as unknown fields instead of being followed.
 */
class UntrustedInputTest {
    private static final List<String> FORBIDDEN = List.of("com/fasterxml/jackson/databind",
            "com/fasterxml/jackson/annotation", "javax/xml", "org/xml/sax", "java/net/", "java/io/ObjectInputStream",
            "java/lang/reflect", "forName", "java/lang/ClassLoader", "javax/script");

    @ParameterizedTest
    @ValueSource(strings = {"org/mptcplab/lessons/scenario", "org/mptcplab/lessons/load"})
    void theLoaderPackagesReferenceNoBindingXmlNetworkOrReflection(String pkg) {
        List<Path> classes = classFiles(pkg);

        assertThat(classes).hasSizeGreaterThan(5);
        for (Path c : classes) {
            String constantPool = read(c);
            assertThat(constantPool).as("jackson-core tokenizer is the only JSON code in %s", c.getFileName())
                    .doesNotContain(FORBIDDEN.toArray(String[]::new));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"@class", "@type", "$ref", "$schema", "include"})
    void typeHintsAndReferencesInAScenarioAreUnknownFields(String key) {
        String scenario = """
                {"schemaVersion": 1, "%s": "http://127.0.0.1:9/x.json", "id": "x", "title": "x",
                 "duration": "1s", "nodes": [{"name": "h", "type": "host"}]}""".formatted(key);

        assertThatThrownBy(() -> ScenarioLoader.parse("hint.json", scenario.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageStartingWith("hint.json:1:22: " + key + ": unknown field \"" + key + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@class", "@type", "$ref"})
    void typeHintsInALessonAreUnknownFields(String key) {
        String lesson = "{\"" + key + "\": \"java.lang.Runtime\", " + new LessonTemplate().json().substring(1);

        assertThatThrownBy(() -> LessonLoader.parse("hint.json", lesson.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LessonLoadException.class)
                .hasMessageStartingWith("hint.json:1:2: " + key + ": unknown field \"" + key + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scenario", "lesson"})
    void anXmlDocumentWithAnExternalEntityIsNotJson(String kind) {
        byte[] xml = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> {
            if (kind.equals("scenario")) {
                ScenarioLoader.parse("x.json", xml);
            } else {
                LessonLoader.parse("x.json", xml);
            }
        }).hasMessageStartingWith("x.json:1:1: invalid JSON: ").hasMessageContaining("'<'");
    }

    private static List<Path> classFiles(String pkg) {
        try {
            // The main classes folder, not the test one that holds test classes of the same packages.
            Path dir = Path.of(LessonLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(pkg);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class names and member names sit in the constant pool as (modified) UTF-8; ASCII matching suffices. */
    private static String read(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
