package org.mptcplab.lessons.model;

/** An enum constant with the word lesson files use for it. */
public interface Worded {
    /** The word in files, e.g. {@code backendOfNextJoin}. */
    String word();

    /** The constant of {@code type} spelt {@code word}, or null. */
    static <E extends Enum<E> & Worded> E find(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) {
                return e;
            }
        }
        return null;
    }
}
