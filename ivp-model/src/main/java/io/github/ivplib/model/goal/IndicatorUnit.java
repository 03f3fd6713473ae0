package io.github.ivplib.model.goal;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * What an indicator's values express (eenheid).
 */
@JsonClassDescription("What an indicator's values express (eenheid): rapportcijfer, percentage, aantal per 1.000 inwoners, aantal or other.")
public enum IndicatorUnit {
    /** Rapportcijfer 1-10, as in the CBS Veiligheidsmonitor. */
    REPORT_MARK,
    /** Percentage: a share from 0 to 100, such as the residents who feel unsafe; a change in percent is {@link #OTHER}. */
    PERCENTAGE,
    /** Aantal per 1.000 inwoners, such as registered crimes. */
    PER_THOUSAND_INHABITANTS,
    /** Aantal: a plain count. */
    COUNT,
    /** Any other unit; the indicator's name says which. */
    OTHER
}
