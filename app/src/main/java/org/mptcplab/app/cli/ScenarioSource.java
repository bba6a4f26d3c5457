package org.mptcplab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mptcplab.app.AppInfo;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.BuiltInScenarios;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Resolves the {@code SCENARIO|FILE} argument: a built-in id first, then a file. Every way this can
 * fail is a {@link UserError} with one line (the loader's {@code file:line:column: path: problem}).
 */
final class ScenarioSource {
    private ScenarioSource() {
    }

    static Scenario load(String target) {
        if (Catalog.find(target).isPresent()) {
            try {
                return ScenarioLoader.builtIn(target);
            } catch (ScenarioLoadException e) {
                throw new IllegalStateException("bundled scenario " + target + " does not load: " + e.getMessage(), e);
            }
        }
        if (target.isBlank()) {
            throw new UserError("unknown scenario '" + target + "': give a built-in id or a scenario file; see '"
                    + AppInfo.COMMAND + " scenarios'.");
        }
        Path file;
        try {
            file = Path.of(target);
        } catch (InvalidPathException e) {
            throw new UserError("not a valid file name: '" + Cli.printable(target) + "'");
        }
        if (!Files.exists(file)) {
            if (looksLikeAFile(target)) {
                throw new UserError("no such file: " + target);
            }
            throw new UserError("unknown scenario '" + target + "' (built-in: " + String.join(", ",
                    BuiltInScenarios.ids()) + "). Give a built-in id or a scenario file; see '" + AppInfo.COMMAND
                    + " scenarios'.");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(target + " is a directory, not a scenario file");
        }
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioLoadException e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError("no such file: " + target);
        } catch (IOException e) {
            throw new UserError("cannot read " + target + ": " + e.getMessage());
        }
    }

    private static boolean looksLikeAFile(String target) {
        return target.endsWith(".json") || target.contains("/") || target.contains("\\");
    }
}
