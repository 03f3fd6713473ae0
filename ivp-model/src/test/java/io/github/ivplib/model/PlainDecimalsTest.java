package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.budget.AmendmentLine;
import io.github.ivplib.model.budget.BalanceRow;
import io.github.ivplib.model.budget.LineKind;
import io.github.ivplib.model.budget.RowKind;
import io.github.ivplib.model.budget.StaffingChange;
import io.github.ivplib.model.goal.Measurement;
import io.github.ivplib.model.goal.ReferencePoint;
import io.github.ivplib.model.keyfigure.KeyFigure;

class PlainDecimalsTest {

    /** As code makes 1000 with {@code stripTrailingZeros()}: 1E+3, scale -3. */
    private static final BigDecimal THOUSAND_WITHOUT_ZEROS = BigDecimal.valueOf(1000).stripTrailingZeros();
    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal WRITTEN_WITH_A_DECIMAL = new BigDecimal("7.0");
    private static final Year YEAR = Year.of(2024);

    @Test
    void everyFigureMadeWithANegativeScaleIsKeptAsThePlainNumber() {
        List<BigDecimal> kept = List.of(
                KeyFigure.builder().id("k").name("n").unit("u").value(THOUSAND_WITHOUT_ZEROS).build().value(),
                Measurement.builder().year(YEAR).value(THOUSAND_WITHOUT_ZEROS).build().value(),
                ReferencePoint.builder().value(THOUSAND_WITHOUT_ZEROS).build().value(),
                StaffingChange.builder().id("s").description("d").fte(THOUSAND_WITHOUT_ZEROS).build().fte());

        assertThat(kept).allSatisfy(value -> assertThat(value).isEqualTo(THOUSAND));
    }

    @Test
    void everyAmountMadeWithANegativeScaleIsKeptAsThePlainNumber() {
        List<BigDecimal> kept = List.of(
                AmendmentLine.builder().description("d").programme("p").kind(LineKind.EXPENSE)
                        .putAmounts(YEAR, THOUSAND_WITHOUT_ZEROS).build().amounts().get(YEAR),
                BalanceRow.builder().label("l").kind(RowKind.MUTATION)
                        .putAmounts(YEAR, THOUSAND_WITHOUT_ZEROS).build().amounts().get(YEAR));

        assertThat(kept).allSatisfy(value -> assertThat(value).isEqualTo(THOUSAND));
    }

    @Test
    void aFigureAsADocumentWritesItKeepsItsDecimals() {
        KeyFigure figure = KeyFigure.builder().id("k").name("n").unit("u").value(WRITTEN_WITH_A_DECIMAL).build();

        assertThat(figure.value()).isEqualTo(WRITTEN_WITH_A_DECIMAL);
    }
}
