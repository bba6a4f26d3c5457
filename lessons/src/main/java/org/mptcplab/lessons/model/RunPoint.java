package org.mptcplab.lessons.model;

/** Where in the run a step stops: at the n-th event of a kind, or at a simulated time. */
public sealed interface RunPoint permits RunPoint.NthEvent, RunPoint.AtTime {

    /** A sentence for messages and the UI, e.g. "the 2nd MP_JOIN". */
    String describe();

    /** The {@code nth} (1-based) event of {@code kind}. */
    record NthEvent(PointKind kind, int nth) implements RunPoint {
        /** Requires a kind and a positive ordinal. */
        public NthEvent {
            if (kind == null || nth < 1) {
                throw new IllegalArgumentException("an event point needs a kind and nth >= 1");
            }
        }

        @Override
        public String describe() {
            String suffix = nth % 100 / 10 == 1 ? "th" : switch (nth % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return "the " + nth + suffix + " " + kind.label();
        }
    }

    /** Simulated time {@code nanos}; the cursor is the last notable event at or before it. */
    record AtTime(long nanos, String written) implements RunPoint {
        /** Requires a non-negative time. */
        public AtTime {
            if (nanos < 0) {
                throw new IllegalArgumentException("time must not be negative");
            }
        }

        @Override
        public String describe() {
            return "t = " + written;
        }
    }
}
