package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale DUTCH = new Locale("nl");

    @Test
    void fillsNamedPlaceholdersWithTheirValues() {
        assertThat(Messages.fill("In {year} is het verschil {difference}.", Values.of("year", 2025, "difference", "-4"), DUTCH))
                .isEqualTo("In 2025 is het verschil -4.");
    }

    @Test
    void aTypedPlaceholderShowsTheLabelInTheMessagesLanguage() {
        Values values = Values.of("actor", "EXECUTIVE_BOARD");

        assertThat(Messages.fill("door {actor:Actor}", values, DUTCH)).isEqualTo("door het college van burgemeester en wethouders");
        assertThat(Messages.fill("by {actor:Actor}", values, Locale.ENGLISH)).isEqualTo("by the executive board (college van B&W)");
    }

    @Test
    void aValueWithoutALabelIsShownAsItIs() {
        assertThat(Messages.fill("door {actor:Actor}", Values.of("actor", "NOBODY"), DUTCH)).isEqualTo("door NOBODY");
    }

    @Test
    void aDecimalIsWrittenWithADecimalCommaInDutch() {
        assertThat(Messages.fill("{value:Decimal}", Values.of("value", "6.2"), DUTCH)).isEqualTo("6,2");
    }

    @Test
    void aDecimalKeepsItsDecimalPointInEnglish() {
        assertThat(Messages.fill("{value:Decimal}", Values.of("value", "6.2"), Locale.ENGLISH)).isEqualTo("6.2");
    }

    @Test
    void aDecimalAmountKeepsEveryDigitWithoutGrouping() {
        assertThat(Messages.fill("{amount:Decimal}", Values.of("amount", "-115000.50"), DUTCH)).isEqualTo("-115000,50");
    }

    @Test
    void aPlaceholderWithoutAValueIsLeftVisible() {
        assertThat(Messages.fill("jaar {year}", Values.NONE, DUTCH)).isEqualTo("jaar {year}");
    }

    @Test
    void onlyANameOfLettersAndDigitsWithATypeOfLettersIsAPlaceholder() {
        Values values = Values.of("year", 2024, "y2", "x");

        assertThat(Messages.fill("{ year} {year } {ye-ar} {year:} {:Actor} {year:A1} {year:a:b} {} {year", values, DUTCH))
                .isEqualTo("{ year} {year } {ye-ar} {year:} {:Actor} {year:A1} {year:a:b} {} {year");
    }

    @Test
    void aNameHoldsEveryAsciiLetterAndDigitAndATypeEveryLetter() {
        assertThat(Messages.fill("{Az09} {Za90:AZaz}", Values.of("Az09", "x", "Za90", "y"), DUTCH)).isEqualTo("x y");
    }

    @Test
    void aBraceBeforeAPlaceholderIsText() {
        assertThat(Messages.fill("{{year}} }{y2}{", Values.of("year", 2024, "y2", "x"), DUTCH)).isEqualTo("{2024} }x{");
    }

    @Test
    void aPlaceholderWithAnUnknownTypeShowsTheValue() {
        assertThat(Messages.fill("{year:Unknown}", Values.of("year", 2024), DUTCH)).isEqualTo("2024");
    }

    @Test
    void dutchApostrophesNeedNoEscaping() {
        assertThat(Messages.fill("thema's in {year}", Values.of("year", 2024), DUTCH)).isEqualTo("thema's in 2024");
    }
}
