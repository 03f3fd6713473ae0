package io.github.ivplib.validation.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Gen;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.generators.Tries;
import io.github.ivplib.model.json.PolicyJson;
import io.github.ivplib.validation.ValidationReport;
import io.github.ivplib.validation.Validator;

/**
 * What the validator promises of any policy, valid or not: a report rather than an exception,
 * the same report every time, from one thread or many.
 */
class ValidatorPropertiesTest {

    private static final Validator VALIDATOR = Validator.builder().clock(Policies.clock()).build();
    private static final Tries POLICIES = Tries.of(100, 5_000);
    /** Fewer: a document costs a write and two reads with positions, some ten times a policy. */
    private static final Tries DOCUMENTS = Tries.of(25, 2_000);
    private static final Tries BATCHES = Tries.of(15, 500);
    private static final String SOURCE = "generated.json";
    private static final int THREADS = 8;
    /** How often each policy of a batch is validated at once by the shared validator. */
    private static final int ROUNDS = 4;
    private static final int BATCH = 8;
    private static final int MOST_MUTATIONS = 3;

    private static ExecutorService threads;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anyPolicyGetsAReportOfItsOwn() {
        POLICIES.check(validOrMutated(), Policies::json,
                policy -> assertThat(VALIDATOR.validate(policy).policyId()).contains(policy.id()));
    }

    @Test
    void aPolicyValidatedTwiceGetsEqualReports() {
        POLICIES.check(validOrMutated(), Policies::json,
                policy -> assertThat(VALIDATOR.validate(policy)).isEqualTo(VALIDATOR.validate(policy)));
    }

    @Test
    void aDocumentValidatedTwiceGetsEqualReports() {
        Gen<String> documents = validOrMutated().map(PolicyJson::write);
        Gen<String> anyDocument = draw -> {
            String json = documents.next(draw);
            List<JsonMutation> applicable = Arrays.stream(JsonMutation.values()).filter(m -> m.appliesTo(json))
                    .collect(Collectors.toList());
            return draw.chance(0.5) ? json : draw.pick(applicable).apply(json, draw);
        };
        DOCUMENTS.check(anyDocument, json -> json,
                json -> assertThat(VALIDATOR.validate(json, SOURCE)).isEqualTo(VALIDATOR.validate(json, SOURCE)));
    }

    @Test
    void aValidatorSharedByEightThreadsGivesEachPolicyTheReportOneThreadGives() {
        Gen<List<SafetyPolicy>> batches = draw -> draw.list(BATCH, BATCH, () -> validOrMutated().next(draw));
        BATCHES.check(batches, Policies::json, batch -> {
            List<ValidationReport> alone = batch.stream().map(VALIDATOR::validate).collect(Collectors.toList());
            List<Callable<ValidationReport>> tasks = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                batch.forEach(policy -> tasks.add(() -> VALIDATOR.validate(policy)));
            }

            List<ValidationReport> shared = reports(tasks);

            for (int i = 0; i < shared.size(); i++) {
                assertThat(shared.get(i)).isEqualTo(alone.get(i % BATCH));
            }
        });
    }

    /** The reports of tasks run by the threads at once, in the tasks' order. */
    private static List<ValidationReport> reports(List<Callable<ValidationReport>> tasks) {
        try {
            List<ValidationReport> reports = new ArrayList<>();
            for (Future<ValidationReport> report : threads.invokeAll(tasks)) {
                reports.add(report.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the threads validated", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a thread's validation failed", e.getCause());
        }
    }

    /**
     * A valid policy now and then, mostly one with a few mutations on top of each other, so that
     * the rules meet findings of every kind and policies the catalogue's tests did not foresee.
     */
    static Gen<SafetyPolicy> validOrMutated() {
        Gen<SafetyPolicy> valid = Policies.valid();
        return draw -> {
            SafetyPolicy policy = valid.next(draw);
            if (draw.chance(0.2)) {
                return policy;
            }
            for (int i = draw.between(1, MOST_MUTATIONS); i > 0; i--) {
                SafetyPolicy current = policy;
                List<Mutation> applicable = Arrays.stream(Mutation.values()).filter(m -> m.appliesTo(current))
                        .collect(Collectors.toList());
                policy = draw.pick(applicable).apply(policy, draw);
            }
            return policy;
        };
    }
}
