package org.mptcplab.engine.tcp;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.wire.TcpOption;

/** A {@link SynInterceptor}'s decision about one SYN. */
public sealed interface SynVerdict permits SynVerdict.Pass, SynVerdict.Accept, SynVerdict.Refuse, SynVerdict.Drop {

    /** Normal processing: the port's listener accepts it, or RST when nobody listens. */
    record Pass() implements SynVerdict {}

    /**
     * Create a passive connection for this SYN whether or not a listener exists, with
     * {@code extension} attached and {@code listener} (may be null) installed; the port's
     * {@link AcceptHandler} is not called.
     */
    record Accept(TcpExtension extension, SocketListener listener) implements SynVerdict {
        /** Requires an extension. */
        public Accept {
            Objects.requireNonNull(extension, "extension");
        }
    }

    /** Answer with RST carrying {@code rstOptions} (e.g. MP_TCPRST); {@code reason} is traced. */
    record Refuse(List<TcpOption> rstOptions, String reason) implements SynVerdict {
        /** Copies the options. */
        public Refuse {
            rstOptions = List.copyOf(rstOptions);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Ignore the SYN silently. */
    record Drop(String reason) implements SynVerdict {}

    /** The shared {@link Pass} verdict. */
    static SynVerdict pass() {
        return new Pass();
    }
}
