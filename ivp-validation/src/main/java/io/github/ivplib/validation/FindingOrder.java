package io.github.ivplib.validation;

import java.util.Comparator;

/**
 * The fixed order of findings in a report: severity (errors first), rule id, location (array
 * indexes compared as numbers, so /themes/2 comes before /themes/10), then message.
 */
enum FindingOrder implements Comparator<Finding> {
    INSTANCE;

    @Override
    public int compare(Finding a, Finding b) {
        int order = a.severity().compareTo(b.severity());
        if (order == 0) {
            order = a.ruleId().compareTo(b.ruleId());
        }
        if (order == 0) {
            order = comparePointers(a.pointer(), b.pointer());
        }
        if (order == 0) {
            order = a.messages().toString().compareTo(b.messages().toString());
        }
        return order;
    }

    static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareSegments(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegments(String a, String b) {
        boolean numbers = isIndex(a) && isIndex(b);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 18 && segment.chars().allMatch(Character::isDigit);
    }
}
