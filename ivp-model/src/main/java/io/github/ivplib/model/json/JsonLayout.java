package io.github.ivplib.model.json;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one layout of every JSON document this library writes: two-space indentation, one value
 * per line, {@code \n} line ends whatever the platform, and {@code "name": value}, so that
 * files written on any machine diff cleanly in git.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonLayout {

    private JsonLayout() {
    }

    /** @return a new pretty printer with this layout, not null */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
