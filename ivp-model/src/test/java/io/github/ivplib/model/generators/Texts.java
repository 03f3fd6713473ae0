package io.github.ivplib.model.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and sentences as policies write them, and now and then text a file format must carry
 * unharmed: quotes, back-slashes, line breaks, control characters, letters outside ASCII and
 * outside the Basic Multilingual Plane, the empty string.
 */
public final class Texts {

    private static final List<String> WORDS = List.of("veiligheid", "ondermijning", "overlast", "jeugd", "wijk",
            "buurt", "woninginbraak", "drugs", "zorg", "preventie", "handhaving", "cameratoezicht", "evenementen",
            "horeca", "criminaliteit", "fietsendiefstal", "radicalisering", "polarisatie", "mensenhandel",
            "weerbaarheid", "informatiepositie", "samenwerking", "aanpak", "signalen", "meldingen", "bewoners",
            "ondernemers", "jongeren", "verwarde", "personen", "huiselijk", "geweld", "cybercrime", "ondermijnend",
            "vuurwerk", "verkeersveiligheid", "toezicht", "buitengebied", "drugslabs", "sociale", "kracht");

    /** Text a writer and reader of JSON must both get right; each is a real risk, not decoration. */
    private static final List<String> AWKWARD = List.of("coördinatie", "€ 1.000", "\"tussen aanhalingstekens\"",
            "back\\slash", "regel\nnieuwe regel", "tab\tteken", "\r\n", "🚓 politie", "zero\u200Bwidth", "\u0001",
            "", " ", "ﬁets", "Zoë", "Ĳsselstein", "<b>&amp;</b>", "{\"json\": true}", "\u2028", "עברית", "/~0~1/",
            "\\u0041");

    private static final double AWKWARD_CHANCE = 0.05;

    private Texts() {
    }

    /** @return a lower-case word, not null */
    public static String word(Draw draw) {
        return draw.pick(WORDS);
    }

    /** @return a name of one to three capitalised words, now and then awkward, not null */
    public static String name(Draw draw) {
        if (draw.chance(AWKWARD_CHANCE)) {
            return draw.pick(AWKWARD);
        }
        List<String> words = draw.list(1, 3, () -> word(draw));
        return capitalised(String.join(" ", words));
    }

    /** @return a sentence of three to twenty words with a full stop, now and then with awkward text, not null */
    public static String sentence(Draw draw) {
        List<String> words = new ArrayList<>(draw.list(3, 20, () -> word(draw)));
        if (draw.chance(AWKWARD_CHANCE)) {
            words.add(draw.between(0, words.size()), draw.pick(AWKWARD));
        }
        return capitalised(String.join(" ", words)) + ".";
    }

    /** @return a text of one to four sentences, not null */
    public static String paragraph(Draw draw) {
        return String.join(" ", draw.list(1, 4, () -> sentence(draw)));
    }

    /** @return the word with its first letter in upper case, not null */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
