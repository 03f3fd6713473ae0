package io.github.ivplib.validation.identity;

import java.util.Optional;

/**
 * The shapes of CBS codes: gemeentecode {@code GM} + four digits, wijkcode {@code WK} + the
 * municipality's four digits + two characters, buurtcode {@code BU} + the wijkcode's six
 * characters + two more. The wijk and buurt parts may hold digits or upper-case letters.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CbsCodes {

    static final String MUNICIPALITY_PREFIX = "GM";
    static final String DISTRICT_PREFIX = "WK";
    static final String NEIGHBOURHOOD_PREFIX = "BU";
    static final int MUNICIPALITY_DIGITS = 4;
    static final int PART_LENGTH = 2;

    private CbsCodes() {
    }

    /**
     * Returns the four digits of a valid municipality code.
     *
     * @param code the code as written, not null
     * @return the digits, such as "0983", or empty if the code is not GM + four digits
     */
    static Optional<String> municipalityDigits(String code) {
        if (code.length() == MUNICIPALITY_PREFIX.length() + MUNICIPALITY_DIGITS && code.startsWith(MUNICIPALITY_PREFIX)
                && allDigits(code.substring(MUNICIPALITY_PREFIX.length()))) {
            return Optional.of(code.substring(MUNICIPALITY_PREFIX.length()));
        }
        return Optional.empty();
    }

    /**
     * Tells whether text consists of ASCII digits only (the CBS uses no other).
     *
     * @param text the text, not null
     * @return true if every character is 0-9
     */
    static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Tells whether text consists of ASCII digits and upper-case letters only.
     *
     * @param text the text, not null
     * @return true if every character is 0-9 or A-Z
     */
    static boolean allDigitsOrCapitals(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z');
    }
}
