package io.github.ivplib.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.github.ivplib.model.municipality.Municipality;

class MissingFieldExceptionTest {

    @Test
    void aBuilderNamesEveryMissingField() {
        assertThatThrownBy(() -> Municipality.builder().build())
                .isInstanceOf(MissingFieldException.class)
                .extracting(e -> ((MissingFieldException) e).fieldNames())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("name", "cbsCode");
    }
}
