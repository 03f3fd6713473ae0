package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointerTest {

    @Test
    void theRootIsTheEmptyText() {
        assertThat(Pointer.ROOT).hasToString("");
    }

    @Test
    void fieldsAndIndexesJoinWithSlashes() {
        assertThat(Pointer.ROOT.field("budget").field("balanceTables").index(0).field("amounts").field("2024"))
                .hasToString("/budget/balanceTables/0/amounts/2024");
    }

    @Test
    void aTildeAndASlashInAFieldNameAreEscaped() {
        assertThat(Pointer.ROOT.field("a/b~c")).hasToString("/a~1b~0c");
    }

    @Test
    void pointersToTheSamePlaceAreEqualHoweverBuilt() {
        Pointer shown = Pointer.ROOT.field("themes").index(2);
        shown.toString();

        assertThat(Pointer.ROOT.field("themes").index(2)).isEqualTo(shown).hasSameHashCodeAs(shown);
        assertThat(Pointer.ROOT.field("themes").index(3)).isNotEqualTo(shown);
        assertThat(Pointer.ROOT.field("themes").field("2")).isEqualTo(shown);
    }

    @Test
    void aNegativeIndexIsRefused() {
        assertThatThrownBy(() -> Pointer.ROOT.index(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("-1");
    }
}
