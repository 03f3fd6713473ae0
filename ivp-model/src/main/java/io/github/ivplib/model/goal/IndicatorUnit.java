package io.github.ivplib.model.goal;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What an indicator's values express (eenheid).
 */
@JsonClassDescription("What an indicator's values express (eenheid): rapportcijfer, percentage, aantal per 1.000 inwoners, aantal or other.")
public enum IndicatorUnit {
    /** Rapportcijfer 1-10, as in the CBS Veiligheidsmonitor. */
    REPORT_MARK,
    /** Percentage, such as the share of residents who feel unsafe. */
    PERCENTAGE,
    /** Aantal per 1.000 inwoners, such as registered crimes. */
    PER_THOUSAND_INHABITANTS,
    /** Aantal: a plain count. */
    COUNT,
    /** Any other unit; the indicator's name says which. */
    OTHER
}
