package io.github.ivplib.model.generators;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.municipality.ImmutableDistrict;
import io.github.ivplib.model.municipality.District;
import io.github.ivplib.model.municipality.FormerMunicipality;
import io.github.ivplib.model.municipality.ImmutableMunicipality;
import io.github.ivplib.model.municipality.Municipality;
import io.github.ivplib.model.municipality.ImmutableNeighbourhood;
import io.github.ivplib.model.municipality.Neighbourhood;

/**
 * Municipalities with CBS codes as the identity rules want them ("GM" and four digits, districts
 * "WK" and the same digits and two characters, neighbourhoods "BU" and the district's code and
 * two more), each code of a generation different, so that no two generated municipalities form
 * one series by accident.
 */
final class Municipalities {

    private static final List<String> PREFIXES = List.of("", "Oost", "West", "Noord", "Zuid", "Groot", "Klein",
            "Nieuw", "Oud", "Sint-", "Ter ");
    private static final List<String> STEMS = List.of("berg", "dam", "dorp", "hoven", "veen", "wijk", "broek",
            "horst", "haven", "rode", "meer", "lo", "mond", "ven", "gouw", "ijssel");
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MOST_DISTRICTS = 60;

    private final Draw draw;
    private final Ids ids;
    private final Set<Integer> codesTaken = new HashSet<>();

    Municipalities(Draw draw, Ids ids) {
        this.draw = draw;
        this.ids = ids;
    }

    /** @return a municipality with districts as many as {@code size} suggests, its code not given before, not null */
    Municipality municipality(double size, LocalDate notFoundedAfter) {
        int digits = freshCode();
        String name = name();
        List<District> districts = draw.chance(0.2) ? List.of()
                : draw.list(1, Math.min(MOST_DISTRICTS, (int) Math.ceil(18 * size)), () -> district(digits));
        ImmutableMunicipality.Builder municipality = Municipality.builder().name(name).cbsCode(code("GM", digits))
                .addAllDistricts(districts);
        if (draw.chance(0.15)) {
            municipality.foundedOn(draw.day(notFoundedAfter.minusYears(30), notFoundedAfter));
            municipality.addAllFormerMunicipalities(draw.list(1, 3, () -> FormerMunicipality.builder()
                    .name(name()).cbsCode(code("GM", freshCode())).build()));
        }
        return municipality.build();
    }

    private District district(int digits) {
        ImmutableDistrict.Builder district = District.builder().id(ids.fresh("wijk")).name(Texts.name(draw));
        String part = null;
        if (draw.chance(0.7)) {
            part = part();
            district.cbsCode(code("WK", digits) + part);
        }
        String districtPart = part;
        district.addAllNeighbourhoods(draw.list(0, 4, () -> {
            ImmutableNeighbourhood.Builder neighbourhood = Neighbourhood.builder().name(Texts.name(draw));
            if (draw.chance(0.6)) {
                neighbourhood.cbsCode(code("BU", digits) + (districtPart == null ? part() : districtPart) + part());
            }
            return neighbourhood.build();
        }));
        return district.build();
    }

    private String name() {
        return Texts.capitalised(draw.pick(PREFIXES) + draw.pick(STEMS));
    }

    private int freshCode() {
        int code;
        do {
            code = draw.between(1, 9999);
        } while (!codesTaken.add(code));
        return code;
    }

    private String part() {
        return "" + character() + character();
    }

    private char character() {
        return CODE_CHARACTERS.charAt(draw.between(0, CODE_CHARACTERS.length() - 1));
    }

    private static String code(String prefix, int digits) {
        return prefix + String.format("%04d", digits);
    }
}
