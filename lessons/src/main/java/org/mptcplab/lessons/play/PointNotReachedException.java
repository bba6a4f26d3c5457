package org.mptcplab.lessons.play;

/** A step's point does not exist in its run (too few events, or after the end). */
public final class PointNotReachedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a one-line reason. */
    public PointNotReachedException(String message) {
        super(message);
    }
}
