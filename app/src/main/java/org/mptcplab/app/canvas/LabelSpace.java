package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.app.diagram.Mark;

/**
 * The parts of a topology picture already covered (node boxes, labels, packet markers), as upright
 * boxes {x, y, w, h}. Label placement is first fit: a label tries a few candidate places in order and
 * keeps the first that overlaps nothing taken; when none is free the label is left out, never drawn
 * over another. A box may be taken as expendable (a link's rate label): a more telling label may then
 * push it out, and the marks it stood for are listed in {@link #evicted()} for the caller to drop.
 * Boxes are compared pairwise, which is fine for the few hundred a frame holds.
 */
final class LabelSpace {
    private final List<double[]> taken = new ArrayList<>();
    /** Per box: the marks to drop when it is pushed out, or null when it stays. */
    private final List<List<Mark>> owners = new ArrayList<>();
    private final List<Mark> evicted = new ArrayList<>();

    /** A space where {@code covered} is already taken for good. */
    LabelSpace(List<double[]> covered) {
        covered.forEach(this::take);
    }

    /** True when {@code box} overlaps nothing taken. */
    boolean free(double[] box) {
        for (double[] o : taken) {
            if (overlaps(o, box)) {
                return false;
            }
        }
        return true;
    }

    /** Marks {@code box} as covered for good. */
    void take(double[] box) {
        take(box, null);
    }

    /** Marks {@code box} as covered by {@code marks}, which may be pushed out (null: for good). */
    void take(double[] box, List<Mark> marks) {
        taken.add(box);
        owners.add(marks);
    }

    /** Takes and returns the first free box of {@code candidates}, or null when every one is covered. */
    double[] takeFirstFree(List<double[]> candidates) {
        for (double[] box : candidates) {
            if (free(box)) {
                take(box);
                return box;
            }
        }
        return null;
    }

    /**
     * Takes the first of {@code candidates} that only expendable boxes cover, pushing those out; null
     * when each one covers something that stays.
     */
    double[] takeEvicting(List<double[]> candidates) {
        for (double[] box : candidates) {
            List<Integer> hit = new ArrayList<>();
            for (int i = 0; i < taken.size() && hit != null; i++) {
                if (overlaps(taken.get(i), box)) {
                    hit = owners.get(i) == null ? null : append(hit, i);
                }
            }
            if (hit != null) {
                for (int k = hit.size() - 1; k >= 0; k--) {
                    int i = hit.get(k);
                    evicted.addAll(owners.get(i));
                    taken.remove(i);
                    owners.remove(i);
                }
                take(box);
                return box;
            }
        }
        return null;
    }

    /** Pushes out every expendable box that {@code box} overlaps (a telling packet's marker sits there). */
    void pushOut(double[] box) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (owners.get(i) != null && overlaps(taken.get(i), box)) {
                evicted.addAll(owners.get(i));
                taken.remove(i);
                owners.remove(i);
            }
        }
    }

    /** The marks of every box pushed out so far. */
    List<Mark> evicted() {
        return evicted;
    }

    private static List<Integer> append(List<Integer> list, int i) {
        list.add(i);
        return list;
    }

    static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
