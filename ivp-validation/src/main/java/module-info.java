/**
 * The rule catalogue for Dutch integral safety policy as an embeddable validator.
 * <p>
 * AssertJ and JUnit are needed only by users of {@code io.github.ivplib.validation.testing},
 * who have them in their tests already. The reports are opened to Jackson, which writes them as
 * JSON through their generated implementations.
 */
module io.github.ivplib.validation {
    requires transitive io.github.ivplib.model;
    requires static org.immutables.value;
    requires static org.jspecify;
    requires static org.assertj.core;
    requires static org.junit.jupiter.api;

    exports io.github.ivplib.validation;
    exports io.github.ivplib.validation.ave;
    exports io.github.ivplib.validation.budget;
    exports io.github.ivplib.validation.cycle;
    exports io.github.ivplib.validation.din;
    exports io.github.ivplib.validation.identity;
    exports io.github.ivplib.validation.indicator;
    exports io.github.ivplib.validation.integrity;
    exports io.github.ivplib.validation.json;
    exports io.github.ivplib.validation.politiewet;
    exports io.github.ivplib.validation.testing;
    exports io.github.ivplib.validation.theme;

    opens io.github.ivplib.validation to tools.jackson.databind;
}
