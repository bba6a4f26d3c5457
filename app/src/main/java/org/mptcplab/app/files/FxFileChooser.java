package org.mptcplab.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileChooserPort} with the platform's file dialog, filtered to JSON scenario files. */
public final class FxFileChooser implements FileChooserPort {
    private final Supplier<Window> owner;
    private File lastFolder;

    /** A chooser whose dialogs belong to the window {@code owner} gives at the time. */
    public FxFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen() {
        return remember(chooser("Open scenario", null).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        return remember(chooser("Save scenario", suggestedName).showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title, String name) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        if (name != null) {
            c.setInitialFileName(name);
        }
        return c;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
