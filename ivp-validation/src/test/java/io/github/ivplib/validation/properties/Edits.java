package io.github.ivplib.validation.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.github.ivplib.model.generators.Draw;

/** Copies of the model's immutable lists with a change, for mutations. */
final class Edits {

    private Edits() {
    }

    /** @return the list without the elements that match, not null */
    static <T> List<T> without(List<T> list, Predicate<? super T> drop) {
        return list.stream().filter(drop.negate()).collect(Collectors.toList());
    }

    /** @return the list with every element that matches changed, not null */
    static <T> List<T> changed(List<T> list, Predicate<? super T> which, UnaryOperator<T> change) {
        return list.stream().map(element -> which.test(element) ? change.apply(element) : element)
                .collect(Collectors.toList());
    }

    /** @return the list with one element, drawn from those that match, changed, not null */
    static <T> List<T> changedOne(Draw draw, List<T> list, Predicate<? super T> which, UnaryOperator<T> change) {
        List<Integer> matching = indexes(list, which);
        int index = draw.pick(matching);
        List<T> changed = new ArrayList<>(list);
        changed.set(index, change.apply(list.get(index)));
        return changed;
    }

    /** @return the indexes of the elements that match, in order, not null */
    static <T> List<Integer> indexes(List<T> list, Predicate<? super T> which) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
