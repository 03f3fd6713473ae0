package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.readFailure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ivplib.model.SamplePolicy;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schema is the model's, and it refuses the structural mistakes the reader refuses,
 * at the same place. The documents are made from a policy that sets every field of every type,
 * so that each check reaches every type the schema describes.
 */
class PolicySchemaTest {

    /** Keeps amounts exactly as written when a document is edited as a tree. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String EVERY_FIELD = PolicyJson.write(SamplePolicy.everyField());

    @Test
    void shippedSchemaIsWhatTheModelGivesNow() {
        assertThat(PolicySchema.text())
                .as("the shipped schema no longer matches the model; regenerate it from the project root with%n%s%n",
                        PolicySchemaGenerator.REGENERATE_COMMAND)
                .isEqualTo(PolicySchemaGenerator.generate());
    }

    @Test
    void shippedSchemaIsDraft2020WithTheStableId() {
        JsonNode schema = TREES.readTree(PolicySchema.text());

        assertThat(List.of(schema.get("$schema").asString(), schema.get("$id").asString()))
                .containsExactly(ShippedSchema.DRAFT_2020_12, PolicySchema.ID);
    }

    @Test
    void shippedSchemaIsAValidDraft2020Schema() {
        assertThat(ShippedSchema.metaSchemaErrors()).isEmpty();
    }

    @Test
    void everyTypeAndEveryPropertyIsDescribed() {
        JsonNode schema = TREES.readTree(PolicySchema.text());
        List<String> undescribed = new ArrayList<>();
        undescribedIn("#", schema, undescribed);
        schema.get("$defs").properties()
                .forEach(definition -> undescribedIn("#/$defs/" + definition.getKey(), definition.getValue(), undescribed));

        assertThat(undescribed).isEmpty();
    }

    @Test
    void documentWithEveryFieldTheWriterWritesIsValid() {
        assertThat(ShippedSchema.errors(EVERY_FIELD)).isEmpty();
    }

    @Test
    void fieldIsRequiredInTheSchemaExactlyWhenTheReaderMissesIt() {
        JsonNode document = TREES.readTree(EVERY_FIELD);
        List<String> disagreements = new ArrayList<>();

        for (String field : pointers(document, true)) {
            String without = edited(document, field, (parent, name) -> ((ObjectNode) parent).remove(name));
            PolicyReadException failure = readFailure(without);
            boolean readerRequires = failure != null
                    && failure.problem() == ReadProblem.MISSING_FIELD && failure.pointer().equals(field);
            boolean schemaRequires = ShippedSchema.errors(without).stream()
                    .anyMatch(e -> e.getKeyword().equals("required")
                            && ShippedSchema.pointers(List.of(e)).contains(field));
            if (readerRequires != schemaRequires) {
                disagreements.add(field + (readerRequires ? ": only the reader requires it" : ": only the schema requires it"));
            }
        }

        assertThat(disagreements).isEmpty();
    }

    @Test
    void unknownFieldInAnyObjectIsRefusedByBothAtTheSamePlace() {
        JsonNode document = TREES.readTree(EVERY_FIELD);
        List<String> disagreements = new ArrayList<>();

        for (String object : objectPointers(document)) {
            JsonNode edited = document.deepCopy();
            ((ObjectNode) edited.at(object)).put("unexpected", 1);
            String json = TREES.writeValueAsString(edited);
            disagreements.addAll(disagreement(object + " with an unknown field", json));
        }

        assertThat(disagreements).isEmpty();
    }

    @Test
    void nullInPlaceOfAnyValueIsRefusedByBoth() {
        JsonNode document = TREES.readTree(EVERY_FIELD);
        List<String> acceptedBy = new ArrayList<>();

        for (String value : pointers(document, false)) {
            String json = edited(document, value, PolicySchemaTest::setNull);
            if (readFailure(json) == null) {
                acceptedBy.add(value + ": the reader");
            }
            if (ShippedSchema.errors(json).isEmpty()) {
                acceptedBy.add(value + ": the schema");
            }
        }

        assertThat(acceptedBy).isEmpty();
    }

    static Stream<Arguments> structuralMistakes() {
        return Stream.of(
                mistake("an unknown field", "/themes/0/titel", ReadProblem.UNKNOWN_FIELD,
                        doc -> ((ObjectNode) doc.at("/themes/0")).put("titel", "Ondermijning")),
                mistake("text for a year", "/period/first", ReadProblem.WRONG_TYPE,
                        doc -> ((ObjectNode) doc.at("/period")).put("first", "2024")),
                mistake("a fraction for a year", "/milestones/0/year", ReadProblem.WRONG_TYPE,
                        doc -> ((ObjectNode) doc.at("/milestones/0")).put("year", 2024.5)),
                mistake("an unknown constant", "/adoption/adoptedBy", ReadProblem.WRONG_TYPE,
                        doc -> ((ObjectNode) doc.at("/adoption")).put("adoptedBy", "COLLEGE")),
                mistake("a missing required field", "/municipality/cbsCode", ReadProblem.MISSING_FIELD,
                        doc -> ((ObjectNode) doc.at("/municipality")).remove("cbsCode")),
                mistake("a null", "/title", ReadProblem.WRONG_TYPE,
                        doc -> ((ObjectNode) doc).putNull("title")),
                mistake("another schema version", "/schemaVersion", ReadProblem.SCHEMA_VERSION,
                        doc -> ((ObjectNode) doc).put("schemaVersion", "2.0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralMistakes")
    void structuralMistakeFailsInTheReaderAndTheSchemaAtTheSamePointer(String mistake, String pointer,
            ReadProblem problem, Consumer<JsonNode> edit) {
        JsonNode document = TREES.readTree(EVERY_FIELD);
        edit.accept(document);
        String json = TREES.writeValueAsString(document);

        PolicyReadException failure = readFailure(json);
        assertThat(failure).as("the reader's failure").isNotNull();
        assertThat(List.of(failure.problem(), failure.pointer())).containsExactly(problem, pointer);
        assertThat(ShippedSchema.pointers(ShippedSchema.errors(json))).contains(pointer);
    }

    private static Arguments mistake(String name, String pointer, ReadProblem problem, Consumer<JsonNode> edit) {
        return Arguments.of(name, pointer, problem, edit);
    }

    /** Says where the reader and the schema disagree on a document, if they do. */
    private static List<String> disagreement(String what, String json) {
        PolicyReadException failure = readFailure(json);
        List<String> schemaPointers = ShippedSchema.pointers(ShippedSchema.errors(json));
        if (failure == null) {
            return List.of(what + ": the reader accepts it, the schema finds " + schemaPointers);
        }
        if (!schemaPointers.contains(failure.pointer())) {
            return List.of(what + ": the reader refuses " + failure.pointer() + ", the schema finds " + schemaPointers);
        }
        return List.of();
    }

    private static void undescribedIn(String where, JsonNode definition, List<String> undescribed) {
        if (!definition.hasNonNull("description")) {
            undescribed.add(where);
        }
        if (definition.has("properties")) {
            definition.get("properties").properties().stream()
                    .filter(property -> !property.getValue().hasNonNull("description"))
                    .forEach(property -> undescribed.add(where + "/properties/" + property.getKey()));
        }
    }

    /** A copy of the document with the value at a pointer changed by an edit of its parent. */
    private static String edited(JsonNode document, String pointer, ParentEdit edit) {
        JsonNode copy = document.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonPointer last = at.last();
        edit.apply(copy.at(at.head()), last.getMatchingProperty());
        return TREES.writeValueAsString(copy);
    }

    private static void setNull(JsonNode parent, String step) {
        if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).set(Integer.parseInt(step), NODES.nullNode());
        } else {
            ((ObjectNode) parent).putNull(step);
        }
    }

    /**
     * Returns the pointers of the values in a document, in document order.
     *
     * @param fieldsOnly only the fields of objects, or also the elements of arrays
     */
    private static List<String> pointers(JsonNode node, boolean fieldsOnly) {
        List<String> pointers = new ArrayList<>();
        collect(node, "", fieldsOnly, pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String at, boolean fieldsOnly, List<String> pointers) {
        if (node.isObject()) {
            node.properties().forEach(property -> {
                String field = at + "/" + ReadErrors.escape(property.getKey());
                pointers.add(field);
                collect(property.getValue(), field, fieldsOnly, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!fieldsOnly) {
                    pointers.add(at + "/" + i);
                }
                collect(node.get(i), at + "/" + i, fieldsOnly, pointers);
            }
        }
    }

    private static List<String> objectPointers(JsonNode document) {
        List<String> objects = new ArrayList<>();
        objects.add("");
        pointers(document, false).stream()
                .filter(pointer -> document.at(pointer).isObject())
                .forEach(objects::add);
        return objects;
    }

    @FunctionalInterface
    private interface ParentEdit {
        void apply(JsonNode parent, String step);
    }
}
