package io.github.ivplib.validation.indicator;

import java.math.BigDecimal;
import java.util.List;

import io.github.ivplib.model.Qualifier;

/**
 * How the indicator rules read a qualifier: on which side of its figure a qualified value may lie
 * ("ten minste 7,2" allows 7,2 and above, "minder dan 5" only what is below 5), and how a
 * finding shows it.
 * <p>
 * {@link Qualifier#APPROXIMATELY} counts as its figure: the policy gives "ongeveer" no width,
 * and the figure is what its source states.
 */
final class Qualifiers {

    /** The message variant of a finding that shows a qualifier, added to the variant it would have without one. */
    static final String QUALIFIED = "qualified";

    private Qualifiers() {
    }

    /**
     * @param qualifier the qualifier, not null
     * @return whether a value so qualified may lie above its figure
     */
    static boolean allowsAbove(Qualifier qualifier) {
        return qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN;
    }

    /**
     * @param qualifier the qualifier, not null
     * @return whether a value so qualified may lie below its figure
     */
    static boolean allowsBelow(Qualifier qualifier) {
        return qualifier == Qualifier.AT_MOST || qualifier == Qualifier.LESS_THAN;
    }

    /**
     * @param qualifier the qualifier, not null
     * @return whether a value so qualified may be its figure itself
     */
    static boolean allowsFigure(Qualifier qualifier) {
        return qualifier != Qualifier.MORE_THAN && qualifier != Qualifier.LESS_THAN;
    }

    /**
     * Adds a figure to a finding's values, preceded by its qualifier when it has one, so that the
     * message can read "ten hoogste 90" where the policy does and the values of an exact figure
     * stay as they were before figures could be qualified.
     *
     * @param values the names and values so far, not null
     * @param name the figure's name; its qualifier is named with "Qualifier" added, not null
     * @param figure the figure, not null
     * @param qualifier its qualifier, not null
     * @param showQualifier whether to show the qualifier even when it is exact, as beside a qualified figure
     */
    static void add(List<Object> values, String name, BigDecimal figure, Qualifier qualifier, boolean showQualifier) {
        if (showQualifier || qualifier != Qualifier.EXACT) {
            values.add(name + "Qualifier");
            values.add(qualifier);
        }
        values.add(name);
        values.add(figure);
    }

    /**
     * @param variant the message variant the finding has without a qualifier, "" for the main message, not null
     * @param qualified whether the finding shows a qualifier
     * @return the variant to report, not null
     */
    static String variant(String variant, boolean qualified) {
        if (!qualified) {
            return variant;
        }
        return variant.isEmpty() ? QUALIFIED : variant + "." + QUALIFIED;
    }
}
