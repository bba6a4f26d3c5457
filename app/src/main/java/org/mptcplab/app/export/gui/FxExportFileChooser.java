package org.mptcplab.app.export.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mptcplab.app.files.FileChooserPort;

/**
 * {@link FileChooserPort} with the platform's file dialog for exports: opening offers scenarios and
 * exported figures together, saving filters by the extension of the proposed name (SVG, PDF, PNG, TeX,
 * pcap, CSV). Remembers the last folder for the session.
 */
public final class FxExportFileChooser implements FileChooserPort {
    private final Supplier<Window> owner;
    private File lastFolder;

    /** A chooser whose dialogs belong to the window {@code owner} gives at the time. */
    public FxExportFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen() {
        FileChooser c = chooser("Open scenario or exported figure");
        c.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Scenarios and exported figures (*.json, *.svg, *.png)", "*.json",
                        "*.svg", "*.png"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        FileChooser c = chooser("Export");
        String ext = extension(suggestedName);
        if (!ext.isEmpty()) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(ext), "*." + ext));
        }
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        c.setInitialFileName(suggestedName);
        return remember(c.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(String ext) {
        String what = switch (ext) {
            case "svg" -> "SVG figure";
            case "pdf" -> "PDF document";
            case "png" -> "PNG image";
            case "tex" -> "TikZ / LaTeX";
            case "pcap" -> "Packet capture";
            case "csv" -> "CSV table";
            default -> ext.toUpperCase(Locale.ROOT) + " file";
        };
        return what + " (*." + ext + ")";
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
