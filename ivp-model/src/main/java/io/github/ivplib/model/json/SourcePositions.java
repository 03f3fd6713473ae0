package io.github.ivplib.model.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each value of a policy document starts in its text: the line and column of every JSON
 * Pointer, so that a finding about {@code /themes/2/kind} can point a person at line 41.
 * <p>
 * A field is positioned at its name, an array element at its first character.
 * <p>
 * The values are kept flat, in document order, each with its position, its field name (none
 * for an array element) and where its subtree ends, rather than as a map from pointer text:
 * a pointer is as long as its value is deep, so such a map made each value of a deep document
 * of long field names cost kilobytes. Here each value costs the same few bytes, and a pointer
 * is found by walking down from the root.
 * This class is immutable and thread-safe.
 */
public final class SourcePositions {

    /** The most digits an array index has here: no list may hold a billion values, and more would overflow. */
    private static final int MAX_INDEX_DIGITS = 9;

    private final long[] positions;
    private final int[] ends;
    private final String[] names;

    private SourcePositions(long[] positions, int[] ends, String[] names) {
        this.positions = positions;
        this.ends = ends;
        this.names = names;
    }

    /**
     * Returns where the value at a pointer starts, or, for a pointer to something the document
     * does not hold (a missing field), where its nearest enclosing value starts.
     *
     * @param pointer a JSON Pointer, "" for the whole document, not null
     * @return the position, empty only if the document is empty, not null
     */
    public Optional<SourcePosition> locate(String pointer) {
        if (positions.length == 0) {
            return Optional.empty();
        }
        int value = 0;
        int from = 0;
        while (from < pointer.length()) {
            int next = pointer.indexOf('/', from + 1);
            int end = next < 0 ? pointer.length() : next;
            int child = child(value, unescape(pointer.substring(from + 1, end)));
            if (child < 0) {
                break;
            }
            value = child;
            from = end;
        }
        long position = positions[value];
        return line(position) < 1 || column(position) < 1 ? Optional.empty()
                : Optional.of(new SourcePosition(line(position), column(position)));
    }

    /**
     * Returns these positions less those of some fields of the document, for one who keeps only
     * part of a large document, such as what a series of policies needs.
     *
     * @param fields names of fields of the document's object, such as "themes", not null
     * @return the positions without those fields' values and what they hold, not null
     */
    public SourcePositions withoutFields(Set<String> fields) {
        int count = positions.length;
        boolean[] dropped = new boolean[count];
        for (int field = 1; count > 0 && field < ends[0]; field = ends[field]) {
            if (names[field] != null && fields.contains(names[field])) {
                Arrays.fill(dropped, field, ends[field], true);
            }
        }
        // How many values are kept before each index: a kept value's new index, and where a subtree now ends.
        int[] keptBefore = new int[count + 1];
        for (int value = 0; value < count; value++) {
            keptBefore[value + 1] = keptBefore[value] + (dropped[value] ? 0 : 1);
        }
        int kept = keptBefore[count];
        long[] keptPositions = new long[kept];
        int[] keptEnds = new int[kept];
        String[] keptNames = new String[kept];
        for (int value = 0; value < count; value++) {
            if (!dropped[value]) {
                int index = keptBefore[value];
                keptPositions[index] = positions[value];
                keptEnds[index] = keptBefore[ends[value]];
                keptNames[index] = names[value];
            }
        }
        return new SourcePositions(keptPositions, keptEnds, keptNames);
    }

    /** @return the number of positioned values */
    public int size() {
        return positions.length;
    }

    /** The child of a value with a field name or, in an array, an index; -1 if there is none. */
    private int child(int parent, String segment) {
        boolean array = parent + 1 < ends[parent] && names[parent + 1] == null;
        int index = array ? index(segment) : -1;
        int at = 0;
        for (int child = parent + 1; child < ends[parent]; child = ends[child], at++) {
            if (array ? at == index : segment.equals(names[child])) {
                return child;
            }
        }
        return -1;
    }

    /**
     * The array index a pointer segment names, without making a text of every index before it
     * (a report on a large policy locates many findings deep in long lists); -1 for a segment
     * that names none, such as {@code "01"} or {@code "-1"}.
     */
    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > MAX_INDEX_DIGITS || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < segment.length(); i++) {
            char digit = segment.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            index = index * 10 + digit - '0';
        }
        return index;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    private static int line(long position) {
        return (int) (position >>> 32);
    }

    private static int column(long position) {
        return (int) position;
    }

    /**
     * Notes the values of a document as the parser meets them, in document order.
     * Not thread-safe.
     */
    static final class Recorder {

        private static final int INITIAL_CAPACITY = 256;
        /** How many fields of an object {@link #holdsField} looks through before it keeps a set of their names. */
        private static final int LOOKED_THROUGH = 16;

        private long[] positions = new long[INITIAL_CAPACITY];
        private int[] ends = new int[INITIAL_CAPACITY];
        private String[] names = new String[INITIAL_CAPACITY];
        private int count;
        /** The open objects and arrays, innermost last, and how many values each holds so far. */
        private int[] open = new int[16];
        private int[] sizes = new int[16];
        private int depth;
        /** A field name just noted, whose value is the value it stands for. */
        private boolean afterName;
        /** How many values the object or array that holds the newest value holds, including it. */
        private int holderSize;
        /** The names of the fields of each open object of {@link #LOOKED_THROUGH} fields or more, by its index. */
        private final Map<Integer, Set<String>> manyFields = new HashMap<>();

        /** @return the number of values noted so far */
        int count() {
            return count;
        }

        /**
         * @return the number of values the object or array that holds the newest value holds so
         *         far, including it; 0 for the document's root
         */
        int holderSize() {
            return holderSize;
        }

        /**
         * Notes a field name, unless its object already holds a field of that name: the field
         * is positioned at its name.
         *
         * @return false, noting nothing, if the innermost object already holds a field of that
         *         name; true otherwise, since a field is a value of its object
         */
        boolean name(String name, int line, int column) {
            if (holdsField(name)) {
                return false;
            }
            add(name, line, column);
            afterName = true;
            return true;
        }

        /**
         * Whether the innermost object already holds a field of a name. Its fields are looked
         * through one by one, which costs less than hashing them for the few fields an object of
         * a policy has; an object of more fields is given a set of their names, so that no
         * document of many makes this cost as the square of their number. Asked once of each
         * name about to be noted, the set takes the name in as it answers.
         */
        private boolean holdsField(String name) {
            int object = open[depth - 1];
            if (sizes[depth - 1] < LOOKED_THROUGH) {
                // Jackson makes one String of each name and keeps its hash, so names are compared by that first.
                int hash = name.hashCode();
                for (int field = object + 1; field < count; field = ends[field]) {
                    if (names[field].hashCode() == hash && name.equals(names[field])) {
                        return true;
                    }
                }
                return false;
            }
            return !manyFields.computeIfAbsent(object, this::fieldNames).add(name);
        }

        /**
         * Notes a scalar value, or an object or array that opens, at its first character.
         *
         * @return whether it is a value of its own, false for the value of a field already noted
         */
        boolean value(boolean opens, int line, int column) {
            boolean own = !afterName;
            int value = own ? add(null, line, column) : count - 1;
            afterName = false;
            if (opens) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    sizes = Arrays.copyOf(sizes, depth * 2);
                }
                sizes[depth] = 0;
                open[depth++] = value;
            }
            return own;
        }

        /** Notes that the innermost object or array closes. */
        void close() {
            int container = open[--depth];
            ends[container] = count;
            // Only an object of that many fields has a set; JFR put looking up every container at a fifth of reading.
            if (sizes[depth] >= LOOKED_THROUGH) {
                manyFields.remove(container);
            }
        }

        private Set<String> fieldNames(int object) {
            Set<String> fields = new HashSet<>();
            for (int field = object + 1; field < count; field = ends[field]) {
                fields.add(names[field]);
            }
            return fields;
        }

        /** @return the positions noted, not null */
        SourcePositions positions() {
            // An unclosed container, after an error, ends where the text read ends.
            for (int i = 0; i < depth; i++) {
                ends[open[i]] = count;
            }
            return new SourcePositions(Arrays.copyOf(positions, count), Arrays.copyOf(ends, count),
                    Arrays.copyOf(names, count));
        }

        private int add(String name, int line, int column) {
            if (count == positions.length) {
                int capacity = count * 2;
                positions = Arrays.copyOf(positions, capacity);
                ends = Arrays.copyOf(ends, capacity);
                names = Arrays.copyOf(names, capacity);
            }
            positions[count] = pack(line, column);
            ends[count] = count + 1;
            names[count] = name;
            holderSize = depth > 0 ? ++sizes[depth - 1] : 0;
            return count++;
        }
    }
}
