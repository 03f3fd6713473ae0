package io.github.ivplib.model.generators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.PolicyKind;
import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.YearRange;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.JointParticipant;
import io.github.ivplib.model.adoption.Predecessor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.municipality.Municipality;

/**
 * Generated valid policies, for properties: every part of the model, at the sizes of the Venlo
 * and Roermond documents and up to a few times larger, with fresh ids and every reference
 * resolving, breaking no rule of the catalogue.
 * <p>
 * A single policy is valid on its own: its dates are written every way a record writes them
 * (a day, a year, bounds, only as sources report them), since only the series rules read them,
 * and its years lie anywhere from 1995. A series is valid together, as of
 * {@link #REFERENCE_DATE}: consecutive periods of one municipality (and of the other councils
 * of a joint plan), every day covered, each adoption within four years of the one before and
 * the last within four years of the reference date, with dates that let the series rules decide.
 */
public final class Policies {

    /** The day series are judged as of: the validator's clock in these tests. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);

    /** Most policies run four years; some three, two or one. */
    private static final List<Integer> LENGTHS = List.of(4, 4, 4, 4, 4, 3, 3, 2, 2, 1);
    /** Small documents, most like the examples, and some two or three times larger. */
    private static final List<Double> SIZES = List.of(0.3, 1.0, 1.0, 1.0, 2.0, 3.0);
    private static final int EARLIEST_START = 1995;
    private static final int LATEST_START = 2035;
    /** The last policy of a series starts in one of these years, so its decision lies within four years before the reference date. */
    private static final int EARLIEST_LAST_START = 2023;
    private static final int LATEST_LAST_START = 2026;

    private Policies() {
    }

    /** @return the clock that gives {@link #REFERENCE_DATE} as today, not null */
    public static Clock clock() {
        return Clock.fixed(REFERENCE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** @return a generator of single valid policies, not null */
    public static Gen<SafetyPolicy> valid() {
        return draw -> series(draw, 1, Adoptions.Dating.FREE).get(0);
    }

    /**
     * @param fewest the fewest policies in a series, at least 1
     * @param most the most policies in a series
     * @return a generator of valid series of one municipality, oldest first, not null
     */
    public static Gen<List<SafetyPolicy>> validSeries(int fewest, int most) {
        return draw -> series(draw, draw.between(fewest, most), Adoptions.Dating.JUDGEABLE);
    }

    /**
     * Returns a generator of registers: valid series of many municipalities, each with a code of
     * its own (former municipalities' codes too), so that no two series join by accident.
     *
     * @param municipalities how many municipalities, at least 1
     * @param fewest the fewest policies of one municipality, at least 1
     * @param most the most policies of one municipality
     * @return a generator of one series per municipality, each oldest first, not null
     */
    public static Gen<List<List<SafetyPolicy>>> validRegister(int municipalities, int fewest, int most) {
        return draw -> {
            Ids ids = new Ids();
            Municipalities codes = new Municipalities(draw, ids);
            List<List<SafetyPolicy>> register = new ArrayList<>();
            for (int i = 0; i < municipalities; i++) {
                register.add(series(draw, ids, codes, draw.between(fewest, most), Adoptions.Dating.JUDGEABLE));
            }
            return register;
        };
    }

    /** @return the policy as JSON, to write down a failing input, not null */
    public static String json(SafetyPolicy policy) {
        return PolicyJson.write(policy);
    }

    /** @return the policies as JSON, one document after the other, to write down a failing input, not null */
    public static String json(List<? extends SafetyPolicy> policies) {
        return policies.stream().map(PolicyJson::write).collect(Collectors.joining("\n"));
    }

    private static List<SafetyPolicy> series(Draw draw, int count, Adoptions.Dating dating) {
        Ids ids = new Ids();
        return series(draw, ids, new Municipalities(draw, ids), count, dating);
    }

    private static List<SafetyPolicy> series(Draw draw, Ids ids, Municipalities municipalities, int count,
            Adoptions.Dating dating) {
        double size = draw.pick(SIZES);
        boolean judgeable = dating == Adoptions.Dating.JUDGEABLE;
        List<Integer> lengths = draw.list(count, count, () -> draw.pick(LENGTHS));
        List<Integer> extensions = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // The last policy of a judged series is not extended: its extension would be decided after the reference date.
            extensions.add(k == count - 1 && judgeable || !draw.chance(0.15) ? 0 : 1);
        }
        // Each period ends, with its extension, the year before the next starts.
        int[] firsts = new int[count];
        firsts[count - 1] = judgeable ? draw.between(EARLIEST_LAST_START, LATEST_LAST_START)
                : draw.between(EARLIEST_START, LATEST_START);
        for (int k = count - 2; k >= 0; k--) {
            firsts[k] = firsts[k + 1] - extensions.get(k) - lengths.get(k);
        }
        List<YearRange> periods = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            periods.add(YearRange.of(firsts[k], firsts[k] + lengths.get(k) - 1));
        }
        LocalDate firstDay = periods.get(0).first().atDay(1);
        Municipality municipality = municipalities.municipality(size, firstDay);
        List<Municipality> others = draw.chance(0.15)
                ? draw.list(1, 3, () -> municipalities.municipality(size / 3, firstDay)) : List.of();
        Adoptions adoptions = new Adoptions(draw, dating, judgeable ? REFERENCE_DATE : null);
        List<Adoption> own = adoptions.chain(periods, extensions);
        List<List<Adoption>> theirs = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            theirs.add(adoptions.chain(periods, extensions));
        }
        List<SafetyPolicy> series = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            YearRange period = periods.get(k);
            PolicyKind kind = draw.pick(PolicyKind.class);
            ImmutableSafetyPolicy.Builder policy = ImmutableSafetyPolicy.builder()
                    .id(slug(municipality.name()) + "-" + slug(kind.name()) + "-" + period.first() + "-" + period.last())
                    .municipality(municipality).kind(kind).title(title(draw, kind, period)).period(period)
                    .adoption(own.get(k));
            for (int i = 0; i < others.size(); i++) {
                policy.addJointParticipants(JointParticipant.builder().municipality(others.get(i))
                        .adoption(theirs.get(i).get(k)).build());
            }
            if (k > 0) {
                SafetyPolicy previous = series.get(k - 1);
                policy.addPredecessors(Predecessor.builder()
                        .title(draw.maybe(0.8, previous::title)).period(previous.period())
                        .cvdrId(previous.adoption().cvdrId()).build());
            } else {
                policy.addAllPredecessors(draw.list(0, 2, () -> predecessor(draw, municipality, period)));
            }
            new Contents(draw, ids, size).fill(policy, period, municipality.districts());
            series.add(leftOut(draw, policy.build()));
        }
        return series;
    }

    private static String title(Draw draw, PolicyKind kind, YearRange period) {
        String years = period.first() + draw.pick("-", " - ", " t/m ") + period.last();
        switch (kind) {
            case INTEGRAL_SAFETY_PLAN:
                return "Integraal Veiligheidsplan " + years;
            case INTEGRAL_SAFETY_POLICY:
                return draw.pick("", "Aanpakken! ") + "Integraal Veiligheidsbeleid " + years;
            case SAFETY_FRAMEWORK_MEMO:
                return "Kadernota Veiligheid " + years;
            case MULTI_YEAR_PROGRAMME:
                return "Meerjarenprogramma Veiligheid " + years;
            default:
                return Texts.name(draw) + " " + years;
        }
    }

    private static Predecessor predecessor(Draw draw, Municipality municipality, YearRange period) {
        int last = period.first().getValue() - 1;
        return Predecessor.builder()
                .title(draw.maybe(0.7, () -> "Integraal Veiligheidsplan " + (last - 3) + "-" + last))
                .period(draw.maybe(0.7, () -> YearRange.of(last - draw.between(0, 3), last)))
                .municipality(municipality.formerMunicipalities().isEmpty() ? Optional.empty()
                        : draw.maybe(0.7, () -> draw.pick(municipality.formerMunicipalities()).name()))
                .cvdrId(draw.maybe(0.4, () -> "CVDR" + draw.between(100_000, 999_999)))
                .build();
    }

    /**
     * Mostly the whole document; now and then a record that leaves some parts out, and rarely a
     * register entry of identity and adoption alone.
     */
    private static SafetyPolicy leftOut(Draw draw, ImmutableSafetyPolicy policy) {
        List<PolicyPart> optional = EnumSet.allOf(PolicyPart.class).stream().filter(PolicyPart::mayBeLeftOut)
                .collect(Collectors.toList());
        int roll = draw.between(0, 99);
        Set<PolicyPart> parts = EnumSet.noneOf(PolicyPart.class);
        if (roll >= 98) {
            parts.addAll(optional);
        } else if (roll >= 90) {
            parts.addAll(draw.some(optional, 1, 3));
        }
        return policy.leavingOut(parts);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
