package io.github.ivplib.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.ivplib.model.ImmutableSafetyPolicy;
import io.github.ivplib.model.PolicyPart;
import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.adoption.JointParticipant;
import io.github.ivplib.model.json.LocatedPolicy;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.model.json.PolicyReader;
import io.github.ivplib.model.json.PolicyReadException;
import io.github.ivplib.model.json.ReadLimits;
import io.github.ivplib.model.json.SourcePositions;
import io.github.ivplib.validation.json.ReadingRule;

import org.jspecify.annotations.Nullable;

/**
 * Validates safety policies against the rule catalogue and any local rules.
 * <p>
 * Build one with {@link #builder()}, configure it once (rules switched off, severities
 * overridden, thresholds, the message language, the clock, the read limits, local rules) and
 * use it from any thread. Findings are collected, never fail-fast; a document that cannot be
 * read gives a report with one {@code json/...} finding rather than an exception.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Validator {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)+");

    /** The parts each participant of a joint plan has of its own, and the identity they share. */
    private static final Set<PolicyPart> PARTICIPANT_PARTS = EnumSet.of(PolicyPart.IDENTITY, PolicyPart.MUNICIPALITY,
            PolicyPart.ADOPTION);

    private final List<PolicyRule> policyRules;
    /** The policy rules that judge each other participant of a joint plan. */
    private final List<PolicyRule> participantRules;
    private final List<SeriesRule> seriesRules;
    /** The parts no series rule reads: not held of a policy once its own rules have judged it. */
    private final Set<PolicyPart> seriesLeavesOut;
    /** The fields of the document that hold them, whose positions are not held either. */
    private final Set<String> seriesLeavesOutFields;
    private final Map<String, Severity> severities;
    private final ValidationSettings settings;
    private final String language;
    private final PolicyReader reader;

    private Validator(Builder builder) {
        this.policyRules = List.copyOf(builder.enabled(builder.policyRules));
        this.participantRules = policyRules.stream().filter(Validator::judgesEachParticipant).collect(Collectors.toList());
        this.seriesRules = List.copyOf(builder.enabled(builder.seriesRules));
        Set<PolicyPart> leftOut = EnumSet.allOf(PolicyPart.class);
        leftOut.removeIf(part -> !part.mayBeLeftOut() || seriesRules.stream().anyMatch(rule -> rule.reads().contains(part)));
        this.seriesLeavesOut = Collections.unmodifiableSet(leftOut);
        this.seriesLeavesOutFields = leftOut.stream().flatMap(part -> part.fields().stream()).collect(Collectors.toUnmodifiableSet());
        this.severities = Map.copyOf(builder.severities);
        this.settings = ImmutableValidationSettings.builder()
                .maxStrategicThemes(builder.maxStrategicThemes)
                .clock(builder.clock)
                .knownTaskFields(builder.knownTaskFields)
                .build();
        this.language = Messages.languageOf(builder.locale);
        this.reader = PolicyJson.reader(builder.readLimits);
    }

    /** @return a builder with every built-in rule on at its catalogue severity, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a validator with the catalogue's defaults, not null */
    public static Validator defaults() {
        return builder().build();
    }

    /** @return the settings rules read, not null */
    public ValidationSettings settings() {
        return settings;
    }

    /**
     * Validates one policy with the rules that concern a single policy.
     *
     * @param policy the policy, not null
     * @return the report, not null
     */
    public ValidationReport validate(SafetyPolicy policy) {
        return validateAll(List.of(policy), false).get(0);
    }

    /**
     * Validates policies as a register does: each on its own, and those of one municipality
     * (same CBS code) together as a series, whose findings go to the report of the policy
     * they concern. A municipality's series includes the policies of the former municipalities
     * its record names ({@link io.github.ivplib.model.municipality.Municipality#formerMunicipalities()}).
     *
     * @param policies the policies, not null
     * @return one report per policy, in the given order, not null
     */
    public List<ValidationReport> validateAll(List<SafetyPolicy> policies) {
        return validateAll(policies, true);
    }

    /** @return the limits documents are read under, not null */
    public ReadLimits readLimits() {
        return reader.limits();
    }

    /**
     * Reads and validates a policy document given as text.
     *
     * @param json the document, not null
     * @param source where the document came from, for the report, may be null
     * @return the report, with one {@code json/...} finding if the document cannot be read, not null
     */
    public ValidationReport validate(String json, @Nullable String source) {
        return validateDocuments(List.of(new Document(source, null, () -> reader.readLocated(json))), false).get(0);
    }

    /**
     * Reads and validates a policy document from a stream, which is left open.
     *
     * @param in the document in UTF-8, not null
     * @param source where the document came from, for the report, may be null
     * @return the report, with one {@code json/...} finding if the document cannot be read, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validate(InputStream in, @Nullable String source) {
        return validateDocuments(List.of(new Document(source, null, () -> reader.readLocated(in))), false).get(0);
    }

    /**
     * Reads and validates a policy file. A path that is no file that can be read (a directory,
     * a pipe, a broken link, a file the system will not give) gives a report with one
     * {@code json/unreadable} finding.
     *
     * @param file the file, not null
     * @return the report, with one {@code json/...} finding if the document cannot be read, not null
     * @throws NoSuchFileException if nothing, not even a link, has the path
     * @throws IOException never otherwise; kept so that callers need not change
     */
    public ValidationReport validate(Path file) throws IOException {
        requireExists(file);
        return validateDocuments(List.of(fileDocument(file)), true).get(0);
    }

    /**
     * Reads and validates policy files together: each on its own, and those of one municipality
     * as a series. A directory stands for every {@code *.json} entry below it, at any depth, in
     * path order; links to directories below it are not followed, so that the walk can neither
     * loop nor leave the tree. A file reached twice is validated once, since it would otherwise
     * form a series with itself. An entry that cannot be read (a pipe, a broken or looping
     * link, a link named {@code *.json} to a directory, a directory the walk may not enter) gets
     * a report with one {@code json/unreadable} finding, so nothing below a directory is passed
     * over unsaid.
     * <p>
     * Of each file only its findings and what the series rules read ({@link SeriesRule#reads()})
     * are held until the series are judged, so a register of thousands of files fits in a small
     * heap.
     *
     * @param paths files and directories, not null
     * @return one report per file, in the order given, not null
     * @throws NoSuchFileException if nothing, not even a link, has one of the paths, before any file is read
     * @throws IOException if a directory cannot be walked at all
     */
    public List<ValidationReport> validateFiles(List<Path> paths) throws IOException {
        List<Document> documents = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            requireExists(path);
        }
        for (Path path : paths) {
            for (Document document : policyFiles(path)) {
                if (seen.add(document.path.toAbsolutePath().normalize())) {
                    documents.add(document);
                }
            }
        }
        return validateDocuments(documents, true);
    }

    /**
     * Reads and validates every {@code *.json} file below a directory, in path order, together,
     * as {@link #validateFiles(List)} does.
     *
     * @param directory the directory, not null
     * @return one report per file, in path order, not null
     * @throws NotDirectoryException if the path is no directory
     * @throws IOException if the directory cannot be walked at all
     */
    public List<ValidationReport> validateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        return validateFiles(List.of(directory));
    }

    private static void requireExists(Path path) throws NoSuchFileException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(path.toString());
        }
    }

    private List<Document> policyFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(fileDocument(path));
        }
        List<Document> found = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(".json")) {
                    found.add(fileDocument(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                found.add(new Document(file.toString(), file, () -> {
                    throw failure;
                }));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) {
                if (failure != null) {
                    found.add(new Document(directory.toString(), directory, () -> {
                        throw failure;
                    }));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(document -> document.path));
        return found;
    }

    private Document fileDocument(Path file) {
        return new Document(file.toString(), file, () -> {
            if (Unreadable.beforeOpening(file) != null) {
                throw new FileSystemException(file.toString(), null, "not a regular file");
            }
            return reader.readLocated(file);
        });
    }

    /**
     * Reads and judges each document on its own, holding of each only its findings and, for the
     * series, what the series rules read: a register of thousands of files is never in memory at
     * once. They are read one after another on the caller's thread: a library that took threads
     * of the common pool unasked would compete with its host's own work there.
     */
    private List<ValidationReport> validateDocuments(List<Document> documents, boolean asSeries) {
        List<Run> runs = new ArrayList<>();
        for (Document document : documents) {
            runs.add(judged(document, asSeries));
        }
        return reports(runs, asSeries);
    }

    private Run judged(Document document, boolean asSeries) {
        Run run = new Run(document.source);
        try {
            LocatedPolicy located = document.reader.read();
            run.policy = located.policy();
            run.positions = located.positions();
        } catch (PolicyReadException e) {
            run.add(readFinding(e));
        } catch (IOException e) {
            run.add(unreadableFinding(document.path, e));
        }
        judge(run, asSeries);
        return run;
    }

    private List<ValidationReport> validateAll(List<SafetyPolicy> policies, boolean asSeries) {
        List<Run> runs = new ArrayList<>();
        for (SafetyPolicy policy : policies) {
            Run run = new Run(null);
            run.policy = Objects.requireNonNull(policy, "policy");
            judge(run, asSeries);
            runs.add(run);
        }
        return reports(runs, asSeries);
    }

    /** Judges a run's policy on its own and, for a series, keeps of it only what the series rules read. */
    private void judge(Run run, boolean asSeries) {
        if (run.policy == null) {
            return;
        }
        checkPolicy(new Judged(run.policy, run, ""), policyRules);
        for (Judged participant : participants(run)) {
            checkPolicy(participant, participantRules);
        }
        if (asSeries && !seriesLeavesOut.isEmpty()) {
            run.policy = run.policy.leavingOut(seriesLeavesOut);
            run.positions = run.positions == null ? null : run.positions.withoutFields(seriesLeavesOutFields);
        }
    }

    private List<ValidationReport> reports(List<Run> runs, boolean asSeries) {
        if (asSeries) {
            List<Judged> inSeries = new ArrayList<>();
            for (Run run : runs) {
                if (run.policy != null) {
                    inSeries.add(new Judged(run.policy, run, ""));
                    inSeries.addAll(participants(run));
                }
            }
            checkSeries(inSeries);
        }
        return runs.stream().map(this::report).collect(Collectors.toList());
    }

    private void checkPolicy(Judged judged, List<PolicyRule> rules) {
        for (PolicyRule rule : rules) {
            if (Collections.disjoint(rule.reads(), judged.policy.notRecorded())) {
                rule.check(judged.policy, new Context(rule, judged));
            }
        }
    }

    /** A joint plan as each other participating council adopted it, its findings placed at that participant. */
    private static List<Judged> participants(Run run) {
        List<JointParticipant> participants = run.policy.jointParticipants();
        List<Judged> views = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            SafetyPolicy view = ImmutableSafetyPolicy.copyOf(run.policy)
                    .withMunicipality(participants.get(i).municipality())
                    .withAdoption(participants.get(i).adoption())
                    .withJointParticipants(List.of());
            views.add(new Judged(view, run, "/jointParticipants/" + i));
        }
        return views;
    }

    /**
     * Whether a rule judges what each participant of a joint plan has of its own: it reads the
     * municipality or the adoption, and nothing the participants share but the identity.
     */
    private static boolean judgesEachParticipant(PolicyRule rule) {
        Set<PolicyPart> reads = rule.reads();
        return PARTICIPANT_PARTS.containsAll(reads)
                && (reads.contains(PolicyPart.MUNICIPALITY) || reads.contains(PolicyPart.ADOPTION));
    }

    private void checkSeries(List<Judged> judged) {
        for (List<Judged> series : Territories.series(judged, j -> j.policy)) {
            Map<SafetyPolicy, Judged> judgedAs = new IdentityHashMap<>();
            series.forEach(j -> judgedAs.put(j.policy, j));
            List<SafetyPolicy> policies = series.stream().map(j -> j.policy).collect(Collectors.toList());
            for (SeriesRule rule : seriesRules) {
                rule.check(policies, new SeriesContextImpl(rule, judgedAs));
            }
        }
    }

    private ValidationReport report(Run run) {
        ImmutableValidationReport.Builder report = ImmutableValidationReport.builder()
                .ruleSetVersion(RuleCatalogue.VERSION)
                .language(language)
                .findings(run.findings.stream().sorted(FindingOrder.INSTANCE).collect(Collectors.toList()));
        if (run.source != null) {
            report.source(run.source);
        }
        if (run.policy != null) {
            report.policyId(run.policy.id());
        }
        return report.build();
    }

    /**
     * The one finding of a document that cannot be read. Its values are the reader's facts; what
     * the reader says is wrong, worded in each language, fills only the messages' {@code {detail}}.
     */
    private Finding readFinding(PolicyReadException e) {
        ReadingRule rule = ReadingRule.of(e);
        Values values = Values.of("field", lastField(e.pointer())).with(e.arguments());
        ImmutableFinding.Builder finding = finding(rule, "", e.pointer(), values,
                locale -> values.with(Map.of("detail", e.detail(locale))));
        e.line().ifPresent(finding::line);
        e.column().ifPresent(finding::column);
        return finding.build();
    }

    /**
     * The one finding of a file that cannot be read at all: why, as a constant and, where only
     * the file system can say, in its words.
     */
    private Finding unreadableFinding(Path file, IOException e) {
        Unreadable reason = Unreadable.of(file, e);
        Values values = Values.of("reason", reason.name());
        if (reason == Unreadable.IO_ERROR) {
            values = values.with(Map.of("error", String.valueOf(e.getMessage())));
        }
        return finding(ReadingRule.UNREADABLE, reason.variant(), "", values).build();
    }

    /** The field a pointer ends in, as the file spells it, "" for the document itself. */
    private static String lastField(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private ImmutableFinding.Builder finding(Rule rule, String variant, String pointer, Values values) {
        return finding(rule, variant, pointer, values, locale -> values);
    }

    /** A finding whose messages show, in each language, the values {@code shownIn} gives for it. */
    private ImmutableFinding.Builder finding(Rule rule, String variant, String pointer, Values values,
            Function<Locale, Values> shownIn) {
        return ImmutableFinding.builder()
                .ruleId(rule.id())
                .severity(severities.getOrDefault(rule.id(), rule.defaultSeverity()))
                .pointer(pointer)
                .values(values.asMap())
                .messages(Messages.render(rule, variant, shownIn));
    }

    /** A document to read, and where it came from: a file, or text and streams the caller gives. */
    private static final class Document {
        final @Nullable String source;
        /** The file, null for a document the caller gives. */
        final @Nullable Path path;
        final DocumentReader reader;

        Document(@Nullable String source, @Nullable Path path, DocumentReader reader) {
            this.source = source;
            this.path = path;
            this.reader = reader;
        }
    }

    /** Reads a document; only a file's reader throws IOException, a stream's failure is the caller's. */
    @FunctionalInterface
    private interface DocumentReader {
        LocatedPolicy read() throws IOException;
    }

    /**
     * A policy as the rules judge it, and where its findings go: the document's own run, at the
     * pointers the rules give, or for a joint plan's other participant below that participant.
     */
    private static final class Judged {
        final SafetyPolicy policy;
        final Run run;
        final String participant;

        Judged(SafetyPolicy policy, Run run, String participant) {
            this.policy = policy;
            this.run = run;
            this.participant = participant;
        }

        /** Where in the document a pointer into the judged policy is. */
        String placed(String pointer) {
            boolean own = pointer.startsWith("/municipality") || pointer.startsWith("/adoption");
            return own ? participant + pointer : pointer;
        }
    }

    /** The findings of one document in one validation. */
    private static final class Run {
        final String source;
        final List<Finding> findings = new ArrayList<>();
        SafetyPolicy policy;
        SourcePositions positions;
        /** Why the document could not be read at all, null if it could. */

        Run(String source) {
            this.source = source;
        }

        void add(Finding finding) {
            findings.add(finding);
        }

        /** Adds a rule's finding, placed in the text where the document was read from text. */
        void add(ImmutableFinding.Builder finding, String pointer) {
            if (positions != null) {
                positions.locate(pointer).ifPresent(position -> finding.line(position.line()).column(position.column()));
            }
            findings.add(finding.build());
        }
    }

    private final class Context implements RuleContext {
        private final Rule rule;
        private final Judged judged;

        Context(Rule rule, Judged judged) {
            this.rule = rule;
            this.judged = judged;
        }

        @Override
        public ValidationSettings settings() {
            return settings;
        }

        @Override
        public void report(String variant, Pointer at, Values values) {
            String pointer = judged.placed(at.toString());
            judged.run.add(finding(rule, variant, pointer, values), pointer);
        }
    }

    private final class SeriesContextImpl implements SeriesContext {
        private final Rule rule;
        private final Map<SafetyPolicy, Judged> judgedAs;

        SeriesContextImpl(Rule rule, Map<SafetyPolicy, Judged> judgedAs) {
            this.rule = rule;
            this.judgedAs = judgedAs;
        }

        @Override
        public ValidationSettings settings() {
            return settings;
        }

        @Override
        public void report(SafetyPolicy policy, String variant, Pointer at, Values values) {
            Judged judged = judgedAs.get(policy);
            if (judged == null) {
                throw new IllegalArgumentException("policy " + policy.id() + " is not part of the series");
            }
            String pointer = judged.placed(at.toString());
            judged.run.add(finding(rule, variant, pointer, values), pointer);
        }
    }

    /**
     * Configures a {@link Validator}. Not thread-safe; the validator it builds is.
     */
    public static final class Builder {

        private final List<PolicyRule> policyRules = new ArrayList<>(RuleCatalogue.policyRules());
        private final List<SeriesRule> seriesRules = new ArrayList<>(RuleCatalogue.seriesRules());
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private int maxStrategicThemes = ValidationSettings.DEFAULT_MAX_STRATEGIC_THEMES;
        private Clock clock = Clock.systemDefaultZone();
        private Set<String> knownTaskFields = ValidationSettings.defaults().knownTaskFields();
        private Locale locale = new Locale(Messages.DUTCH);
        private ReadLimits readLimits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * Switches a rule off. The reading rules ({@code json/...}) cannot be switched off: a
         * document that cannot be read cannot be checked further.
         *
         * @param ruleId the id of a built-in or added rule, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no rule has the id, or it is a reading rule
         */
        public Builder disable(String ruleId) {
            requireKnown(ruleId);
            if (isReadingRule(ruleId)) {
                throw new IllegalArgumentException("reading rules cannot be switched off: " + ruleId);
            }
            disabled.add(ruleId);
            return this;
        }

        /**
         * Overrides the severity of a rule.
         *
         * @param ruleId the id of a built-in or added rule, not null
         * @param severity the severity its findings get, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no rule has the id
         */
        public Builder severity(String ruleId, Severity severity) {
            requireKnown(ruleId);
            severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Sets the most strategic themes before {@code themes/focus} warns.
         *
         * @param max the maximum, at least 1
         * @return this builder, not null
         * @throws IllegalArgumentException if {@code max} is less than 1
         */
        public Builder maxStrategicThemes(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("the maximum number of strategic themes must be at least 1, was " + max);
            }
            this.maxStrategicThemes = max;
            return this;
        }

        /**
         * Sets the clock that gives the reference date for the age of the latest adoption.
         *
         * @param clock the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the BBV task field codes {@code budget/task-field-known} accepts.
         *
         * @param codes the codes, such as "1.2", not null
         * @return this builder, not null
         */
        public Builder knownTaskFields(Collection<String> codes) {
            this.knownTaskFields = Set.copyOf(codes);
            return this;
        }

        /**
         * Sets the language of {@link ValidationReport#message(Finding)}: Dutch (the default) or
         * English. Findings carry both either way.
         *
         * @param locale the language, not null
         * @return this builder, not null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the safety limits under which every document is read: text, streams, files and
         * each file below a directory. A document beyond one gets a {@code json/limits}
         * finding naming the limit and its maximum.
         *
         * @param limits the limits, not null; {@link ReadLimits#defaults()} unless set
         * @return this builder, not null
         */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a local rule, reported exactly like the built-in ones.
         *
         * @param rule a {@link PolicyRule} or {@link SeriesRule} whose id has its own namespace, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the id is malformed, uses a built-in namespace or is taken
         */
        public Builder addRule(Rule rule) {
            String id = rule.id();
            if (!RULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a rule id is a namespace and a name in lower case, such as venlo/police-partner, was " + id);
            }
            String namespace = id.substring(0, id.indexOf('/'));
            if (RuleCatalogue.NAMESPACES.contains(namespace)) {
                throw new IllegalArgumentException("namespace " + namespace + " belongs to the built-in catalogue: " + id);
            }
            if (isKnown(id)) {
                throw new IllegalArgumentException("a rule with id " + id + " is already added");
            }
            if (rule instanceof PolicyRule) {
                policyRules.add((PolicyRule) rule);
            } else if (rule instanceof SeriesRule) {
                seriesRules.add((SeriesRule) rule);
            } else {
                throw new IllegalArgumentException("a rule implements PolicyRule or SeriesRule: " + id);
            }
            return this;
        }

        /** @return the validator, not null */
        public Validator build() {
            return new Validator(this);
        }

        private <R extends Rule> List<R> enabled(List<R> rules) {
            return rules.stream().filter(rule -> !disabled.contains(rule.id())).collect(Collectors.toList());
        }

        private void requireKnown(String ruleId) {
            if (!isKnown(ruleId) && !isReadingRule(ruleId)) {
                throw new IllegalArgumentException("no rule has the id " + ruleId);
            }
        }

        private boolean isKnown(String ruleId) {
            return Stream.concat(policyRules.stream(), seriesRules.stream()).anyMatch(rule -> rule.id().equals(ruleId));
        }

        private static boolean isReadingRule(String ruleId) {
            return Stream.of(ReadingRule.values()).anyMatch(rule -> rule.id().equals(ruleId));
        }
    }
}
