package io.github.ivplib.validation;

/**
 * A JSON Pointer (RFC 6901) into a policy document, built from the JSON field names, such as
 * {@code /budget/balanceTables/0/rows/4/amounts/2024}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Pointer {

    /** The whole document. */
    public static final Pointer ROOT = new Pointer("");

    private final String text;

    private Pointer(String text) {
        this.text = text;
    }

    /**
     * Returns the pointer to a field of the object this pointer points at.
     *
     * @param name the JSON field name, not null
     * @return the longer pointer, not null
     */
    public Pointer field(String name) {
        return new Pointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
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
        return new Pointer(text + "/" + index);
    }

    /**
     * Returns the pointer as RFC 6901 text.
     *
     * @return the text, "" for the whole document, not null
     */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pointer && ((Pointer) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
