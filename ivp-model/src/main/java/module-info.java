/**
 * The typed model of a Dutch integral safety policy, read and written as JSON.
 * <p>
 * Every package is exported. The packages of the values are opened to Jackson alone: it reads
 * and writes the generated implementations through their package-private JSON delegates.
 * Immutables and JSpecify are needed only to compile this module, never by its users.
 */
module io.github.ivplib.model {
    requires transitive tools.jackson.databind;
    requires static org.immutables.value;
    requires static org.jspecify;

    exports io.github.ivplib.model;
    exports io.github.ivplib.model.adoption;
    exports io.github.ivplib.model.ave;
    exports io.github.ivplib.model.budget;
    exports io.github.ivplib.model.cycle;
    exports io.github.ivplib.model.din;
    exports io.github.ivplib.model.goal;
    exports io.github.ivplib.model.governance;
    exports io.github.ivplib.model.json;
    exports io.github.ivplib.model.keyfigure;
    exports io.github.ivplib.model.municipality;
    exports io.github.ivplib.model.theme;

    opens io.github.ivplib.model to tools.jackson.databind;
    opens io.github.ivplib.model.adoption to tools.jackson.databind;
    opens io.github.ivplib.model.ave to tools.jackson.databind;
    opens io.github.ivplib.model.budget to tools.jackson.databind;
    opens io.github.ivplib.model.cycle to tools.jackson.databind;
    opens io.github.ivplib.model.din to tools.jackson.databind;
    opens io.github.ivplib.model.goal to tools.jackson.databind;
    opens io.github.ivplib.model.governance to tools.jackson.databind;
    opens io.github.ivplib.model.json to tools.jackson.databind;
    opens io.github.ivplib.model.keyfigure to tools.jackson.databind;
    opens io.github.ivplib.model.municipality to tools.jackson.databind;
    opens io.github.ivplib.model.theme to tools.jackson.databind;
}
