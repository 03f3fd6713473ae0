package io.github.ivplib.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A line and a column in a document, both counted from 1 as editors count them. */
class SourcePositionTest {

    private static final SourcePosition LINE_3_COLUMN_7 = new SourcePosition(3, 7);

    @Test
    void positionsOfTheSameLineAndColumnAreEqual() {
        assertThat(new SourcePosition(3, 7)).isEqualTo(LINE_3_COLUMN_7).hasSameHashCodeAs(LINE_3_COLUMN_7);
    }

    @Test
    void anotherColumnOfTheSameLineIsAnotherPosition() {
        assertThat(new SourcePosition(3, 8)).isNotEqualTo(LINE_3_COLUMN_7);
    }

    @Test
    void theSameColumnOfAnotherLineIsAnotherPosition() {
        assertThat(new SourcePosition(4, 7)).isNotEqualTo(LINE_3_COLUMN_7);
    }

    @Test
    void isWrittenAsLineColonColumn() {
        assertThat(LINE_3_COLUMN_7).hasToString("3:7");
    }

    @Test
    void acceptsTheFirstColumnOfTheFirstLine() {
        assertThat(new SourcePosition(1, 1).line()).isEqualTo(1);
    }

    @Test
    void refusesLineZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SourcePosition(0, 1)).withMessageContaining("0, 1");
    }

    @Test
    void refusesColumnZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SourcePosition(1, 0)).withMessageContaining("1, 0");
    }
}
