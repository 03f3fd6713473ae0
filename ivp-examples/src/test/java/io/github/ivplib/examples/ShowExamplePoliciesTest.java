package io.github.ivplib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ShowExamplePoliciesTest {

    @Test
    void printsTheTitlePeriodAndCountsOfAPolicy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExamplePolicies example = ExamplePolicies.ROERMOND_IVP_2024_2027;

        ShowExamplePolicies.print(example.fileName(), example.load(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("roermond-ivp-2024-2027.json")
                .contains("Integraal Veiligheidsplan 2024-2027 (Roermond GM0957)")
                .contains("period 2024-2027, adopted by COUNCIL on 2024-02-22")
                .contains("DIN networks: 3");
    }
}
