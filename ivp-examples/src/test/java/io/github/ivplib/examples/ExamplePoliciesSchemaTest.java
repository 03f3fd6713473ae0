package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import io.github.ivplib.model.json.PolicySchema;

class ExamplePoliciesSchemaTest {

    /** As a tool in another language would use it: found by its $id, formats checked, nothing fetched. */
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    registry -> registry
                            .schemas(Map.of(PolicySchema.ID, PolicySchema.text()))
                            .schemaLoader(loader -> loader.fetchRemoteResources(false))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of(PolicySchema.ID));

    @Test
    void bundledPoliciesAreValidAgainstTheShippedSchema() throws IOException {
        Map<String, List<Error>> errors = new LinkedHashMap<>();
        for (ExamplePolicies example : ExamplePolicies.values()) {
            try (InputStream in = example.open()) {
                errors.put(example.fileName(), SCHEMA.validate(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        InputFormat.JSON));
            }
        }

        assertThat(errors).isNotEmpty().allSatisfy((file, found) -> assertThat(found).as(file).isEmpty());
    }
}
