package org.mptcplab.engine.wire;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The immutable option list of a {@link TcpHeader}, with its padded wire length worked out once.
 *
 * <p>Why it exists: a header's length is asked for at every hop (link serialisation, IP length
 * checks), and recomputing it walked every option each time. A record cannot hold a derived field,
 * so the list carries it. Equality, hash code and text are those of any {@link List}; mutators throw
 * {@link UnsupportedOperationException}, as {@link List#copyOf} lists do.
 */
final class TcpOptionList extends AbstractList<TcpOption> implements RandomAccess {
    private static final TcpOptionList EMPTY = new TcpOptionList(new TcpOption[0], 0);

    private final TcpOption[] options;
    private final int paddedLength;

    private TcpOptionList(TcpOption[] options, int paddedLength) {
        this.options = options;
        this.paddedLength = paddedLength;
    }

    /**
     * An immutable copy of {@code source} (or {@code source} itself when it already is one), after
     * checking the layout (EOL last and aligned) as the codec does.
     *
     * @throws NullPointerException if an element is null, as {@link List#copyOf} would
     * @throws IllegalArgumentException if an EOL is misplaced
     */
    static TcpOptionList copyOf(List<TcpOption> source) {
        if (source instanceof TcpOptionList list) {
            return list;
        }
        int size = source.size();
        if (size == 0) {
            return EMPTY;
        }
        // Sized exactly, so toArray fills this array instead of allocating another one reflectively.
        TcpOption[] copy = source.toArray(new TcpOption[size]);
        for (TcpOption option : copy) {
            if (option == null) {
                throw new NullPointerException();
            }
        }
        return new TcpOptionList(copy, TcpOptionCodec.checkLayout(copy));
    }

    /** Option bytes including the zero padding to a multiple of 4. */
    int paddedLength() {
        return paddedLength;
    }

    @Override
    public TcpOption get(int index) {
        return options[index];
    }

    @Override
    public int size() {
        return options.length;
    }
}
