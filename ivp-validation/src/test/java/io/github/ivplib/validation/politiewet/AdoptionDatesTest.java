package io.github.ivplib.validation.politiewet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.adoption.AdoptionDateKind;
import io.github.ivplib.model.adoption.ReportedDate;
import io.github.ivplib.validation.politiewet.AdoptionDates.Known;

/** How the Politiewet rules read the dates of an adoption where the record gives them only through sources or bounds. */
class AdoptionDatesTest {

    private static final LocalDate JANUARY_10 = LocalDate.of(2024, 1, 10);
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2024, 2, 1);
    private static final LocalDate FEBRUARY_29 = LocalDate.of(2024, 2, 29);
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);
    private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);

    @Test
    void aSourceMarkedAuthoritativeSettlesADisagreement() {
        Adoption adoption = Adoption.builder()
                .addReportedDates(reported(BoundedDate.on(FEBRUARY_1), false))
                .addReportedDates(reported(BoundedDate.on(MARCH_1), true))
                .build();

        assertThat(AdoptionDates.resolve(adoption, AdoptionDateKind.DECISION).text).isEqualTo("2024-03-01");
        assertThat(AdoptionDates.conflicting(adoption, AdoptionDateKind.DECISION)).isEmpty();
    }

    @Test
    void sourcesWhoseBoundsOverlapAgreeOnTheOverlap() {
        Adoption adoption = Adoption.builder()
                .addReportedDates(reported(BoundedDate.between(JANUARY_10, MARCH_31), false))
                .addReportedDates(reported(BoundedDate.between(FEBRUARY_1, JUNE_30), false))
                .build();

        Known decision = AdoptionDates.resolve(adoption, AdoptionDateKind.DECISION);

        assertThat(decision.earliest).isEqualTo(FEBRUARY_1);
        assertThat(decision.latest).isEqualTo(MARCH_31);
        assertThat(decision.text).isEqualTo(BoundedDate.between(FEBRUARY_1, MARCH_31).toString());
    }

    @Test
    void sourcesBoundedOnlyFromAboveAgreeOnTheTighterBound() {
        Adoption adoption = Adoption.builder()
                .addReportedDates(reported(BoundedDate.between(null, MARCH_31), false))
                .addReportedDates(reported(BoundedDate.between(null, FEBRUARY_29), false))
                .build();

        Known decision = AdoptionDates.resolve(adoption, AdoptionDateKind.DECISION);

        assertThat(decision.earliest).isNull();
        assertThat(decision.latest).isEqualTo(FEBRUARY_29);
    }

    @Test
    void anUnknownDecisionFollowsTheProposalAndPrecedesTheEntryIntoForce() {
        Adoption adoption = Adoption.builder()
                .collegeProposalDate(BoundedDate.on(JANUARY_10))
                .entryIntoForce(BoundedDate.on(MARCH_1))
                .build();

        Known decision = AdoptionDates.decision(adoption);

        assertThat(decision.earliest).isEqualTo(JANUARY_10);
        assertThat(decision.latest).isEqualTo(MARCH_1);
        assertThat(decision.text).isEqualTo(BoundedDate.between(JANUARY_10, MARCH_1).toString());
        assertThat(decision.at).isEqualTo(AdoptionDates.ADOPTION.field("decisionDate"));
    }

    @Test
    void aRegisterDateBeforeTheEntryIntoForceBoundsTheDecisionTighter() {
        Adoption adoption = Adoption.builder()
                .decisionDate(BoundedDate.between(null, JUNE_30))
                .entryIntoForce(BoundedDate.on(MARCH_31))
                .registerDate(BoundedDate.on(MARCH_1))
                .build();

        assertThat(AdoptionDates.decision(adoption).latest).isEqualTo(MARCH_1);
    }

    @Test
    void aProposalBeforeWhatTheRecordAlreadyBoundsLeavesTheDecisionAsItIs() {
        Adoption adoption = Adoption.builder()
                .decisionDate(BoundedDate.between(FEBRUARY_1, MARCH_31))
                .collegeProposalDate(BoundedDate.on(JANUARY_10))
                .build();

        Known decision = AdoptionDates.decision(adoption);

        assertThat(decision.earliest).isEqualTo(FEBRUARY_1);
        assertThat(decision.text).isEqualTo(BoundedDate.between(FEBRUARY_1, MARCH_31).toString());
    }

    @Test
    void aProposalAfterTheEntryIntoForceContradictsItAndLeavesTheDecisionAsTheRecordGivesIt() {
        Adoption adoption = Adoption.builder()
                .decisionDate(BoundedDate.between(FEBRUARY_1, JUNE_30))
                .collegeProposalDate(BoundedDate.on(MARCH_31))
                .entryIntoForce(BoundedDate.on(MARCH_1))
                .build();

        Known decision = AdoptionDates.decision(adoption);

        assertThat(decision.earliest).isEqualTo(FEBRUARY_1);
        assertThat(decision.latest).isEqualTo(JUNE_30);
    }

    @Test
    void bothBoundsMeetingOnOneDayMakeTheDecisionExact() {
        Adoption adoption = Adoption.builder()
                .collegeProposalDate(BoundedDate.on(MARCH_1))
                .entryIntoForce(BoundedDate.on(MARCH_1))
                .build();

        Known decision = AdoptionDates.decision(adoption);

        assertThat(decision.isExact()).isTrue();
        assertThat(decision.text).isEqualTo("2024-03-01");
    }

    @Test
    void aDecisionOfWhichNothingIsKnownStaysUnknown() {
        Known decision = AdoptionDates.decision(Adoption.builder().build());

        assertThat(decision.isUnknown()).isTrue();
        assertThat(decision.isExact()).isFalse();
        assertThat(decision.text).isEmpty();
    }

    private static ReportedDate reported(BoundedDate date, boolean authoritative) {
        return ReportedDate.builder()
                .kind(AdoptionDateKind.DECISION)
                .date(date)
                .source("a budget")
                .authoritative(authoritative)
                .build();
    }
}
