package io.github.ivplib.validation.budget;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reference data: the task fields (taakvelden) of the Besluit begroting en verantwoording
 * provincies en gemeenten (BBV), as in force since the 2017 budget year.
 * <p>
 * Treat this as versioned reference data: a municipality on a later list passes its own set
 * to {@code Validator.Builder.knownTaskFields}.
 * This class is immutable and thread-safe.
 */
public final class TaskFields {

    /** The BBV task fields by code, in the order of the BBV, with their Dutch names. */
    public static final Map<String, String> BBV_NAMES = names();

    /** The BBV task field codes. */
    public static final Set<String> BBV = BBV_NAMES.keySet();

    private TaskFields() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("0.1", "Bestuur");
        names.put("0.2", "Burgerzaken");
        names.put("0.3", "Beheer overige gebouwen en gronden");
        names.put("0.4", "Overhead");
        names.put("0.5", "Treasury");
        names.put("0.61", "OZB woningen");
        names.put("0.62", "OZB niet-woningen");
        names.put("0.63", "Parkeerbelasting");
        names.put("0.64", "Belastingen overig");
        names.put("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds");
        names.put("0.8", "Overige baten en lasten");
        names.put("0.9", "Vennootschapsbelasting (VpB)");
        names.put("0.10", "Mutaties reserves");
        names.put("0.11", "Resultaat van de rekening van baten en lasten");
        names.put("1.1", "Crisisbeheersing en brandweer");
        names.put("1.2", "Openbare orde en veiligheid");
        names.put("2.1", "Verkeer en vervoer");
        names.put("2.2", "Parkeren");
        names.put("2.3", "Recreatieve havens");
        names.put("2.4", "Economische havens en waterwegen");
        names.put("2.5", "Openbaar vervoer");
        names.put("3.1", "Economische ontwikkeling");
        names.put("3.2", "Fysieke bedrijfsinfrastructuur");
        names.put("3.3", "Bedrijfsloket en bedrijfsregelingen");
        names.put("3.4", "Economische promotie");
        names.put("4.1", "Openbaar basisonderwijs");
        names.put("4.2", "Onderwijshuisvesting");
        names.put("4.3", "Onderwijsbeleid en leerlingzaken");
        names.put("5.1", "Sportbeleid en activering");
        names.put("5.2", "Sportaccommodaties");
        names.put("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie");
        names.put("5.4", "Musea");
        names.put("5.5", "Cultureel erfgoed");
        names.put("5.6", "Media");
        names.put("5.7", "Openbaar groen en (openlucht) recreatie");
        names.put("6.1", "Samenkracht en burgerparticipatie");
        names.put("6.2", "Toegang en eerstelijnsvoorzieningen");
        names.put("6.3", "Inkomensregelingen");
        names.put("6.4", "Begeleide participatie");
        names.put("6.5", "Arbeidsparticipatie");
        names.put("6.6", "Maatwerkvoorzieningen (Wmo)");
        names.put("6.71", "Maatwerkdienstverlening 18+");
        names.put("6.72", "Maatwerkdienstverlening 18-");
        names.put("6.81", "Geëscaleerde zorg 18+");
        names.put("6.82", "Geëscaleerde zorg 18-");
        names.put("7.1", "Volksgezondheid");
        names.put("7.2", "Riolering");
        names.put("7.3", "Afval");
        names.put("7.4", "Milieubeheer");
        names.put("7.5", "Begraafplaatsen en crematoria");
        names.put("8.1", "Ruimtelijke ordening");
        names.put("8.2", "Grondexploitatie (niet-bedrijventerreinen)");
        names.put("8.3", "Wonen en bouwen");
        return Collections.unmodifiableMap(names);
    }
}
