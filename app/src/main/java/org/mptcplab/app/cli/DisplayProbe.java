package org.mptcplab.app.cli;

import java.util.Optional;

/** Tells, before JavaFX is touched, whether a graphical display can be expected. */
@FunctionalInterface
public interface DisplayProbe {

    /** Empty when a display seems available, otherwise a short reason it is not. */
    Optional<String> missingDisplayReason();
}
