package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.json.PolicyJson;

class BuildPolicyExampleTest {

    @Test
    void theBuiltPolicyIsWrittenAndReadBackUnchanged() {
        SafetyPolicy built = BuildPolicyExample.build();

        assertThat(PolicyJson.read(PolicyJson.write(built))).isEqualTo(built);
    }

    @Test
    void theWrittenDocumentNamesItsSchemaVersionAndMunicipality() {
        String json = PolicyJson.write(BuildPolicyExample.build());

        assertThat(json).contains("\"schemaVersion\": \"1.0\"").contains("\"cbsCode\": \"GM9999\"");
    }
}
