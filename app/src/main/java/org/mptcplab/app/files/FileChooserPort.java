package org.mptcplab.app.files;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a scenario file; empty when the user cancels. */
public interface FileChooserPort {

    /** A file to open. */
    Optional<Path> chooseOpen();

    /** A file to save to, proposing {@code suggestedName}. */
    Optional<Path> chooseSave(String suggestedName);
}
