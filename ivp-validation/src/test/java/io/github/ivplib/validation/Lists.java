package io.github.ivplib.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Copies of the model's immutable lists with one change, for tests that break a valid policy
 * in one place.
 */
public final class Lists {

    private Lists() {
    }

    /**
     * Returns the list with elements added at its end.
     *
     * @param list the list, not null
     * @param extra the elements to add, not null
     * @return a new list, not null
     */
    @SafeVarargs
    public static <T> List<T> plus(List<T> list, T... extra) {
        List<T> all = new ArrayList<>(list);
        all.addAll(Arrays.asList(extra));
        return all;
    }

    /**
     * Returns the list with one element replaced.
     *
     * @param list the list, not null
     * @param index the index of the element to replace
     * @param element the new element, not null
     * @return a new list, not null
     */
    public static <T> List<T> replaced(List<T> list, int index, T element) {
        List<T> all = new ArrayList<>(list);
        all.set(index, element);
        return all;
    }
}
