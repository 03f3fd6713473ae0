package io.github.ivplib.model.json;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * The shipped schema in an independent validator (networknt), as a tool in another language
 * would use it: found by its {@code $id}, draft 2020-12, with formats checked, and nothing
 * fetched over the network.
 */
final class ShippedSchema {

    /** The keywords whose error names a field of the object it is placed at. */
    private static final Set<String> FIELD_KEYWORDS = Set.of("required", "additionalProperties");

    /** The draft 2020-12 meta-schema, which the validator carries with it. */
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, registry -> registry
                    .schemas(Map.of(PolicySchema.ID, PolicySchema.text()))
                    .schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build()));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(PolicySchema.ID));

    private ShippedSchema() {
    }

    /** @return what the validator finds wrong with a document, empty if it is valid */
    static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    /** @return what the draft 2020-12 meta-schema finds wrong with the shipped schema, empty if nothing */
    static List<Error> metaSchemaErrors() {
        return REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12)).validate(PolicySchema.text(), InputFormat.JSON);
    }

    /**
     * Returns the JSON Pointer each error is about, as the reader names it: for a missing or
     * unknown field the field itself, not the object that lacks or holds it.
     */
    static List<String> pointers(List<Error> errors) {
        return errors.stream().map(ShippedSchema::pointer).collect(Collectors.toList());
    }

    private static String pointer(Error error) {
        String at = error.getInstanceLocation().toString();
        return FIELD_KEYWORDS.contains(error.getKeyword()) && error.getProperty() != null
                ? at + "/" + ReadErrors.escape(error.getProperty())
                : at;
    }
}
