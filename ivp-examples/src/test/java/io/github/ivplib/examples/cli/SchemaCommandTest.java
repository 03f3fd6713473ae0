package io.github.ivplib.examples.cli;

import static io.github.ivplib.examples.cli.CliTesting.CLOCK;
import static io.github.ivplib.examples.cli.CliTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.ivplib.examples.cli.CliTesting.Outcome;
import io.github.ivplib.model.json.PolicySchema;

/** {@code ivp schema}: the JSON Schema that ivp-model ships. */
class SchemaCommandTest {

    @TempDir
    Path dir;

    /**
     * Needs the schema resource that ivp-model generates ({@link PolicySchema#RESOURCE}); until
     * that is built, this test fails on the missing resource. Re-run it on its own with
     * {@code ./mvnw -q -B verify -pl ivp-examples -am -Dtest=SchemaCommandTest -Dsurefire.failIfNoSpecifiedTests=false}.
     */
    @Test
    void schemaPrintsTheSchemaShippedInIvpModel() {
        Outcome outcome = run(dir, "schema");

        assertThat(outcome.out).isEqualTo(PolicySchema.text());
    }

    /** What {@link PolicySchema#text()} does when its resource is not on the class path. */
    private Outcome schemaOfABuildWithoutIt() {
        return run(Ivp.commandLine(CLOCK, dir, () -> {
            throw new IllegalStateException("resource missing from the class path: " + PolicySchema.RESOURCE);
        }), "schema");
    }

    @Test
    void aBuildWithoutTheSchemaExitsWith2() {
        assertThat(schemaOfABuildWithoutIt().exitCode).isEqualTo(2);
    }

    @Test
    void aBuildWithoutTheSchemaSaysSoInOneLine() {
        assertThat(schemaOfABuildWithoutIt().err.lines()).singleElement().asString()
                .startsWith("ivp schema: this build has no JSON Schema of the policy format")
                .contains(PolicySchema.RESOURCE);
    }
}
