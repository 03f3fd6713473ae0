package io.github.ivplib.model.generators;

import java.util.HashMap;
import java.util.Map;

/** Fresh ids for one generated policy or series: a kind's prefix and a number no other id of it has. */
final class Ids {

    private final Map<String, Integer> last = new HashMap<>();

    /** @return an id such as "doel-3", unique among those this instance gave, not null */
    String fresh(String prefix) {
        return prefix + "-" + last.merge(prefix, 1, Integer::sum);
    }
}
