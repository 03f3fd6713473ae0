package io.github.ivplib.validation;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) into a policy document, built from the JSON field names, such as
 * {@code /budget/balanceTables/0/rows/4/amounts/2024}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Pointer {

    /** The whole document. */
    public static final Pointer ROOT = new Pointer(null, "", -1);

    private final @Nullable Pointer parent;
    /** The field name, escaped; null for an element of an array. */
    private final @Nullable String name;
    private final int index;
    /**
     * The text, made when first asked for: rules point at every value they look at, and only
     * the few that are findings are ever shown. Racing threads make equal texts.
     */
    private @Nullable String text;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = parent == null ? "" : null;
    }

    /**
     * Returns the pointer to a field of the object this pointer points at.
     *
     * @param name the JSON field name, not null
     * @return the longer pointer, not null
     */
    public Pointer field(String name) {
        return new Pointer(this, name.replace("~", "~0").replace("/", "~1"), -1);
    }

    /**
     * Returns the pointer to an element of the array this pointer points at.
     *
     * @param index the index, from 0
     * @return the longer pointer, not null
     * @throws IndexOutOfBoundsException if the index is negative
     */
    public Pointer index(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("negative index " + index);
        }
        return new Pointer(this, null, index);
    }

    /**
     * Returns the pointer as RFC 6901 text.
     *
     * @return the text, "" for the whole document, not null
     */
    @Override
    public String toString() {
        String made = text;
        if (made == null) {
            made = parent + "/" + (name != null ? name : Integer.toString(index));
            text = made;
        }
        return made;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pointer && other.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
