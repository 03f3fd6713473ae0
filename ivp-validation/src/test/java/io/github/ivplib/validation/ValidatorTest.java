package io.github.ivplib.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.municipality.ImmutableMunicipality;
import io.github.ivplib.model.adoption.Adoption;
import io.github.ivplib.model.governance.Actor;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.SourcePosition;

class ValidatorTest {

    private static final String ADOPTED_BY_COUNCIL = "politiewet-38b/adopted-by-council";
    private static final String MUNICIPALITY_CODE = "identity/municipality-code";
    private static final String IMPLEMENTATION_PLAN_COVERAGE = "pc-cycle/implementation-plan-coverage";

    private static final ImmutableSafetyPolicy VALID = ValidPolicy.policy();
    /** Breaks two error rules and nothing else: adopted by the college, a malformed CBS code. */
    private static final ImmutableSafetyPolicy TWO_ERRORS = VALID
            .withAdoption(Adoption.builder().from(VALID.adoption()).adoptedBy(Actor.EXECUTIVE_BOARD).build())
            .withMunicipality(ImmutableMunicipality.copyOf(VALID.municipality()).withCbsCode("GM99"));

    /** Blank lines before a document, so that its root object does not stand at line 1, column 1. */
    private static final String BLANK_LINES = "\n\n";

    /** A local rule that reports every policy at one pointer, to see where the validator places it. */
    private static final class ReportsAt implements PolicyRule {
        static final String ID = "test/reports-at";

        private final Pointer pointer;

        ReportsAt(Pointer pointer) {
            this.pointer = pointer;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String messageTemplate(String variant, Locale locale) {
            return "-";
        }

        @Override
        public void check(SafetyPolicy policy, RuleContext context) {
            context.report(pointer, Values.NONE);
        }
    }

    /** Where a text first occurs in a document, as a reader counts lines and columns. */
    private static SourcePosition positionOf(String json, String text) {
        int offset = json.indexOf(text);
        String before = json.substring(0, offset);
        return new SourcePosition((int) before.chars().filter(c -> c == '\n').count() + 1,
                offset - before.lastIndexOf('\n'));
    }

    @Test
    void collectsEveryFindingRatherThanStoppingAtTheFirst() {
        ValidationReport report = Validator.defaults().validate(TWO_ERRORS);

        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactly(MUNICIPALITY_CODE, ADOPTED_BY_COUNCIL);
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void namesTheRuleSetVersionAndThePolicy() {
        ValidationReport report = Validator.defaults().validate(VALID);

        assertThat(report.ruleSetVersion()).isEqualTo(RuleCatalogue.VERSION);
        assertThat(report.policyId()).hasValue(VALID.id());
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void aRuleSwitchedOffReportsNothing() {
        Validator validator = Validator.builder().disable(ADOPTED_BY_COUNCIL).build();

        assertThat(validator.validate(TWO_ERRORS).findings()).extracting(Finding::ruleId)
                .containsExactly(MUNICIPALITY_CODE);
    }

    @Test
    void anOverriddenSeverityIsTheOneReported() {
        Validator validator = Validator.builder().severity(ADOPTED_BY_COUNCIL, Severity.INFO).build();

        ValidationReport report = validator.validate(TWO_ERRORS);

        assertThat(RuleTesting.findings(ADOPTED_BY_COUNCIL, report)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.INFO);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleThenLocation() {
        Validator validator = Validator.builder().severity(MUNICIPALITY_CODE, Severity.WARNING).build();

        assertThat(validator.validate(TWO_ERRORS).findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void arrayIndexesInPointersOrderAsNumbers() {
        assertThat(FindingOrder.comparePointers("/themes/2/id", "/themes/10/id")).isNegative();
        assertThat(FindingOrder.comparePointers("/themes/10", "/themes/2/id")).isPositive();
        assertThat(FindingOrder.comparePointers("/goals", "/goals/0")).isNegative();
    }

    @Test
    void everyFindingCarriesDutchAndEnglishAndTheReportSpeaksTheConfiguredLanguage() {
        ValidationReport dutch = Validator.defaults().validate(TWO_ERRORS);
        ValidationReport english = Validator.builder().locale(Locale.ENGLISH).build().validate(TWO_ERRORS);
        Finding finding = RuleTesting.findings(ADOPTED_BY_COUNCIL, dutch).get(0);

        assertThat(finding.messages()).containsOnlyKeys("nl", "en");
        assertThat(dutch.message(finding)).contains("gemeenteraad");
        assertThat(english.message(RuleTesting.findings(ADOPTED_BY_COUNCIL, english).get(0))).contains("council");
        assertThat(finding.messages().values()).noneMatch(message -> message.contains("{"));
    }

    @Test
    void unknownRuleIdsAreRefusedWhenConfiguring() {
        assertThatIllegalArgumentException().isThrownBy(() -> Validator.builder().disable("themes/focsu"))
                .withMessageContaining("themes/focsu");
        assertThatIllegalArgumentException().isThrownBy(() -> Validator.builder().severity("nope/nope", Severity.INFO));
    }

    @Test
    void readingRulesCannotBeSwitchedOff() {
        assertThatIllegalArgumentException().isThrownBy(() -> Validator.builder().disable("json/syntax"))
                .withMessageContaining("reading rules cannot be switched off: json/syntax");
    }

    @Test
    void aReadingRulesSeverityCanBeOverridden() {
        Validator validator = Validator.builder().severity("json/syntax", Severity.WARNING).build();

        assertThat(validator.validate("{", "broken.json").findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aDocumentThatCannotBeReadGivesOneFindingWithLineColumnAndPointer() {
        String json = PolicyJson.write(VALID).replace("\"title\"", "\"titel\"");

        ValidationReport report = Validator.defaults().validate(json, "plan.json");

        assertThat(report.source()).hasValue("plan.json");
        assertThat(report.policyId()).isEmpty();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("json/unknown-field");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/titel");
            assertThat(f.line()).isPresent();
            assertThat(f.column()).isPresent();
            assertThat(f.values()).containsEntry("field", "titel");
            assertThat(f.message(new Locale("nl"))).startsWith("Het veld 'titel' is onbekend");
        });
    }

    @Test
    void aRuleFindingInADocumentReadFromTextCarriesTheLineAndColumnOfItsPointer() {
        String json = PolicyJson.write(TWO_ERRORS);
        SourcePosition adoptedBy = positionOf(json, "\"adoptedBy\"");

        ValidationReport report = Validator.defaults().validate(json, null);

        assertThat(RuleTesting.findings(ADOPTED_BY_COUNCIL, report)).singleElement().satisfies(f -> {
            assertThat(f.line()).hasValue(adoptedBy.line());
            assertThat(f.column()).hasValue(adoptedBy.column());
        });
    }

    @Test
    void aFindingAboutAListTheFileLacksCarriesTheLineAndColumnOfTheRootObject() {
        String json = BLANK_LINES + PolicyJson.write(VALID.withMilestones());

        ValidationReport report = Validator.defaults().validate(json, null);

        assertThat(RuleTesting.findings(IMPLEMENTATION_PLAN_COVERAGE, report)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/milestones");
            assertThat(f.line()).hasValue(BLANK_LINES.length() + 1);
            assertThat(f.column()).hasValue(1);
        });
    }

    @Test
    void aFindingAboutAFieldAnObjectLacksCarriesTheLineAndColumnOfThatObject() {
        Pointer cvdrId = Pointer.ROOT.field("adoption").field("cvdrId");
        String json = PolicyJson.write(VALID);
        SourcePosition adoption = positionOf(json, "\"adoption\"");

        ValidationReport report = Validator.builder().addRule(new ReportsAt(cvdrId)).build().validate(json, null);

        assertThat(RuleTesting.findings(ReportsAt.ID, report)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo(cvdrId.toString());
            assertThat(f.line()).hasValue(adoption.line());
            assertThat(f.column()).hasValue(adoption.column());
        });
    }

    @Test
    void aRuleFindingOfAPolicyBuiltInMemoryHasNoLine() {
        assertThat(Validator.defaults().validate(TWO_ERRORS).findings()).allSatisfy(f -> assertThat(f.line()).isEmpty());
    }

    @Test
    void notWellFormedJsonIsASyntaxFinding() {
        ValidationReport report = Validator.defaults().validate("{\"id\": ", null);

        assertThat(report.findings()).singleElement().extracting(Finding::ruleId).isEqualTo("json/syntax");
    }

    @Test
    void aFifthQuarterIsTheQuarterRangeRule() {
        String json = PolicyJson.write(VALID).replaceFirst("\"first\": 1,\n        \"last\": 1", "\"first\": 5,\n        \"last\": 5");

        ValidationReport report = Validator.defaults().validate(json, null);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("pc-cycle/quarter-range");
            assertThat(f.pointer()).isEqualTo("/milestones/0/quarters");
        });
    }

    @Test
    void readsAndValidatesAStream() {
        byte[] bytes = PolicyJson.write(TWO_ERRORS).getBytes(StandardCharsets.UTF_8);

        ValidationReport report = Validator.defaults().validate(new ByteArrayInputStream(bytes), "stdin");

        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void validatesEveryJsonFileBelowADirectoryInPathOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        PolicyJson.write(VALID, dir.resolve("sub/b.json"));
        PolicyJson.write(TWO_ERRORS.withId("other"),
                dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a policy");
        Files.writeString(dir.resolve("broken.json"), "{");

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).extracting(r -> Path.of(r.source().orElseThrow()).getFileName().toString())
                .containsExactly("a.json", "broken.json", "b.json");
        assertThat(reports.get(1).findings()).extracting(Finding::ruleId).containsExactly("json/syntax");
    }

    @Test
    void readsAndValidatesAFileNamingItAsTheSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ivp.json");
        PolicyJson.write(TWO_ERRORS, file);

        ValidationReport report = Validator.defaults().validate(file);

        assertThat(report.source()).contains(file.toString());
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void aDirectoryNamedLikeAPolicyFileIsNotReadAsOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("archief.json"));
        PolicyJson.write(VALID, dir.resolve("archief.json/ivp.json"));

        List<ValidationReport> reports = Validator.defaults().validateDirectory(dir);

        assertThat(reports).extracting(r -> Path.of(r.source().orElseThrow()).getFileName().toString())
                .containsExactly("ivp.json");
    }

    @Test
    void aMissingFileIsAnIoErrorNotAFinding(@TempDir Path dir) {
        assertThatThrownBy(() -> Validator.defaults().validate(dir.resolve("missing.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void oneValidatorServesManyThreads() throws Exception {
        Validator validator = Validator.defaults();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                SafetyPolicy policy = i % 2 == 0 ? VALID : TWO_ERRORS;
                futures.add(pool.submit(() -> validator.validate(policy)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().count(Severity.ERROR)).isEqualTo(i % 2 == 0 ? 0 : 2);
            }
        } finally {
            pool.shutdown();
        }
    }
}
