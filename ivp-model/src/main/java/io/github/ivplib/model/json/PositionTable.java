package io.github.ivplib.model.json;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The positions of {@link SourcePositions} as the reader notes them: per value, the value that
 * holds it, its name or index, its line and column, in arrays, with a hash table over (holder,
 * name or index). Noting a value costs no pointer text and no object of its own, and locating a
 * pointer costs one look-up per step of it; building each value's pointer as text took more than
 * half the time of reading a document.
 * <p>
 * Not thread-safe: {@link SourcePositions} publishes it once the reader is done with it.
 */
final class PositionTable {

    private static final int NO_ENTRY = -1;
    /** Room for a document of some 40 kB, such as the Venlo example, before the arrays grow. */
    private static final int READING_CAPACITY = 4096;

    /** Per value: the value that holds it, NO_ENTRY for the document. */
    private int[] holder;
    /** Per value: its field name, or null for an array element. */
    private String[] name;
    /** Per value: its index in its array, for an array element. */
    private int[] index;
    private int[] line;
    private int[] column;
    private int size;
    /** Open addressing over (holder, name or index), at most half full: each slot a value's number plus one, 0 for empty. */
    private int[] table;

    /** A table for reading a document. */
    PositionTable() {
        this(READING_CAPACITY);
    }

    private PositionTable(int capacity) {
        holder = new int[capacity];
        name = new String[capacity];
        index = new int[capacity];
        line = new int[capacity];
        column = new int[capacity];
        table = new int[Integer.highestOneBit(capacity) * 4];
    }

    /** @see SourcePositions#locate(String) */
    Optional<SourcePosition> locate(String pointer) {
        if (size == 0) {
            return Optional.empty();
        }
        int found = 0;
        // A value whose place the parser did not know is passed over for the nearest one it did.
        int positioned = line[0] > 0 ? 0 : NO_ENTRY;
        int from = 0;
        while (from < pointer.length()) {
            int end = pointer.indexOf('/', from + 1);
            end = end < 0 ? pointer.length() : end;
            int child = child(found, unescape(pointer.substring(from + 1, end)));
            if (child == NO_ENTRY) {
                break;
            }
            found = child;
            positioned = line[found] > 0 ? found : positioned;
            from = end;
        }
        return positioned == NO_ENTRY ? Optional.empty()
                : Optional.of(new SourcePosition(line[positioned], column[positioned]));
    }

    /** @return the number of positioned values */
    int size() {
        return size;
    }

    /*
     * Each note takes the line and column the parser gives, less than 1 where it does not know them.
     */

    /**
     * Notes the document itself, the first value.
     *
     * @return its number
     */
    int noteDocument(int atLine, int atColumn) {
        return add(NO_ENTRY, null, 0, atLine, atColumn);
    }

    /**
     * Notes a field at its name, unless the holder already has a field of that name.
     *
     * @return its number, or that of the field noted before
     */
    int noteField(int holderEntry, String fieldName, int atLine, int atColumn) {
        int slot = slot(holderEntry, fieldName, 0);
        return table[slot] != 0 ? table[slot] - 1 : add(holderEntry, fieldName, 0, atLine, atColumn);
    }

    /**
     * Notes an array element at its first character.
     *
     * @return its number
     */
    int noteElement(int holderEntry, int elementIndex, int atLine, int atColumn) {
        return add(holderEntry, null, elementIndex, atLine, atColumn);
    }

    /**
     * Returns a table of the same positions less those in the given fields of the document,
     * for keeping only what is still needed of a large document.
     *
     * @param rootFields names of fields of the document's object, not null
     * @return the new table, not null
     */
    PositionTable without(Set<String> rootFields) {
        // A value comes after the one that holds it, so one pass finds each holder's fate already decided.
        boolean[] dropped = new boolean[size];
        int count = 0;
        for (int entry = 0; entry < size; entry++) {
            int from = holder[entry];
            dropped[entry] = from != NO_ENTRY && (from == 0 ? rootFields.contains(name[entry]) : dropped[from]);
            count += dropped[entry] ? 0 : 1;
        }
        // Sized to what it keeps: many such tables may be held at once.
        PositionTable kept = new PositionTable(Math.max(1, count));
        int[] keptAs = new int[size];
        for (int entry = 0; entry < size; entry++) {
            if (!dropped[entry]) {
                int from = holder[entry];
                keptAs[entry] = kept.add(from == NO_ENTRY ? NO_ENTRY : keptAs[from], name[entry], index[entry], line[entry],
                        column[entry]);
            }
        }
        return kept;
    }

    private int child(int holderEntry, String segment) {
        int slot = slot(holderEntry, segment, 0);
        if (table[slot] != 0) {
            return table[slot] - 1;
        }
        int elementIndex = arrayIndex(segment);
        if (elementIndex < 0) {
            return NO_ENTRY;
        }
        slot = slot(holderEntry, null, elementIndex);
        return table[slot] != 0 ? table[slot] - 1 : NO_ENTRY;
    }

    private int add(int holderEntry, String fieldName, int elementIndex, int atLine, int atColumn) {
        if (size == holder.length) {
            grow();
        }
        int entry = size++;
        holder[entry] = holderEntry;
        name[entry] = fieldName;
        index[entry] = elementIndex;
        line[entry] = atLine;
        column[entry] = atColumn;
        if (holderEntry != NO_ENTRY) {
            table[slot(holderEntry, fieldName, elementIndex)] = entry + 1;
        }
        return entry;
    }

    /** The slot of (holder, name or index): the one holding it, else the empty one where it belongs. */
    private int slot(int holderEntry, String fieldName, int elementIndex) {
        int mask = table.length - 1;
        int slot = hash(holderEntry, fieldName, elementIndex) & mask;
        while (table[slot] != 0) {
            int entry = table[slot] - 1;
            if (holder[entry] == holderEntry && (fieldName == null
                    ? name[entry] == null && index[entry] == elementIndex
                    : fieldName.equals(name[entry]))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(int holderEntry, String fieldName, int elementIndex) {
        int h = holderEntry * 0x9E3779B9 + (fieldName == null ? elementIndex : fieldName.hashCode());
        return h ^ (h >>> 16);
    }

    private void grow() {
        int capacity = Math.max(16, holder.length * 2);
        holder = Arrays.copyOf(holder, capacity);
        name = Arrays.copyOf(name, capacity);
        index = Arrays.copyOf(index, capacity);
        line = Arrays.copyOf(line, capacity);
        column = Arrays.copyOf(column, capacity);
        table = new int[Integer.highestOneBit(capacity) * 4];
        for (int entry = 0; entry < size; entry++) {
            if (holder[entry] != NO_ENTRY) {
                table[slot(holder[entry], name[entry], index[entry])] = entry + 1;
            }
        }
    }

    /** A pointer segment as a field name: "~1" stands for "/" and "~0" for "~". */
    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    /** A pointer segment as an array index, -1 where it is none (a leading zero or a sign makes none). */
    private static int arrayIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || segment.length() > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
