package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LeavingOutTest {

    private static final SafetyPolicy WHOLE = SamplePolicy.everyField();

    @Test
    void aRecordLeavingOutPartsCarriesNoneOfThemAndSaysSo() {
        Set<PolicyPart> optional = EnumSet.allOf(PolicyPart.class);
        optional.removeIf(part -> !part.mayBeLeftOut());

        SafetyPolicy record = WHOLE.leavingOut(optional);

        assertThat(optional).allSatisfy(part -> assertThat(record.carries(part)).as(part.name()).isFalse());
        assertThat(record.notRecorded()).isEqualTo(optional);
    }

    @Test
    void aRecordKeepsThePartsItDoesNotLeaveOut() {
        SafetyPolicy record = WHOLE.leavingOut(EnumSet.of(PolicyPart.THEMES, PolicyPart.BUDGET));

        assertThat(record.goals()).isEqualTo(WHOLE.goals());
        assertThat(record.adoption()).isEqualTo(WHOLE.adoption());
        assertThat(record.milestones()).isEqualTo(WHOLE.milestones());
    }

    @Test
    void aPartEveryRecordCarriesCannotBeLeftOut() {
        assertThatThrownBy(() -> WHOLE.leavingOut(EnumSet.of(PolicyPart.ADOPTION)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eachPartNamesTheFieldsThatHoldIt() {
        assertThat(PolicyPart.GOALS.fields()).containsExactly("goals", "indicators");
        assertThat(EnumSet.allOf(PolicyPart.class)).allSatisfy(part -> assertThat(part.fields()).isNotEmpty());
    }
}
