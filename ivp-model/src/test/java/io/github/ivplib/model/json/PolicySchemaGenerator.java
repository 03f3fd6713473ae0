package io.github.ivplib.model.json;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;

import io.github.ivplib.model.BoundedDate;
import io.github.ivplib.model.SafetyPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of the policy format ({@link PolicySchema}) from the model, so that
 * the shipped schema says what the reader says.
 * <p>
 * The schema is generated from the Immutables implementations, because their
 * {@code @JsonProperty} annotations carry the JSON names and which fields the reader requires;
 * descriptions come from the model's {@code @JsonClassDescription} and
 * {@code @JsonPropertyDescription}. Every Java type the model uses must have a rule here: a type
 * without one fails the generation rather than turn into a guess.
 * <p>
 * After changing the model, regenerate the shipped file from the project root with
 * <pre>
 * ./mvnw -q -pl ivp-model test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.ivplib.model.json.PolicySchemaGenerator
 * </pre>
 * and commit {@code ivp-model/src/main/resources/io/github/ivplib/model/policy.schema.json}.
 * This class is immutable and thread-safe.
 */
public final class PolicySchemaGenerator {

    /** The command, run from the project root, that regenerates the shipped schema. */
    static final String REGENERATE_COMMAND = "./mvnw -q -pl ivp-model test-compile exec:java"
            + " -Dexec.classpathScope=test -Dexec.mainClass=" + PolicySchemaGenerator.class.getName();

    /** The schema title, naming the format and its version. */
    private static final String TITLE = "ivp policy document, format " + SafetyPolicy.SCHEMA_VERSION
            + ": an integral safety policy (integraal veiligheidsplan, IVP / IVB)";

    /** Every keyword the schema uses, in the order it is written. */
    private static final List<String> KEYWORD_ORDER = List.of(
            "$schema", "$id", "title", "description", "$ref", "type", "const", "format", "pattern", "enum",
            "propertyNames", "oneOf", "items", "properties", "required", "minProperties", "additionalProperties", "$defs");
    /** The keywords whose value maps names to subschemas. */
    private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "$defs");

    private static final String YEAR_KEY_PATTERN = "^" + StrictScalars.YEAR_KEY.pattern() + "$";

    private PolicySchemaGenerator() {
    }

    /**
     * Regenerates the shipped schema file in the source tree of ivp-model.
     *
     * @param args ignored
     * @throws IOException if the file cannot be written
     * @throws URISyntaxException if the location of the compiled classes is not a file path
     */
    public static void main(String[] args) throws IOException, URISyntaxException {
        Path testClasses = Path.of(PolicySchemaGenerator.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        // target/test-classes -> the module directory
        Path file = testClasses.getParent().getParent()
                .resolve("src/main/resources" + PolicySchema.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    /**
     * Generates the schema from the model as it is now.
     *
     * @return the schema document in the project's JSON layout, ending with a line break, not null
     * @throws IllegalStateException if the model uses a type without a rule here
     */
    public static String generate() {
        ObjectNode schema = new SchemaGenerator(config()).generateSchema(SafetyPolicy.class);
        schema.put("$id", PolicySchema.ID);
        schema.put("title", TITLE);
        return JsonMapper.builder().build().writer().with(JsonLayout.prettyPrinter())
                .writeValueAsString(inKeyOrder(schema)) + "\n";
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                new OptionPreset(
                        Option.SCHEMA_VERSION_INDICATOR,
                        // the attributes are accessors such as id(), not getters
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.GETTER_METHODS,
                        Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.ALLOF_CLEANUP_AT_THE_END))
                .with(new JacksonSchemaModule(
                        JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS,
                        JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.SKIP_SUBTYPE_LOOKUP,
                        JacksonOption.IGNORE_TYPE_INFO_TRANSFORM));
        builder.forTypesInGeneral()
                .withCustomDefinitionProvider(new ModelTypes())
                .withPropertySorter(PolicySchemaGenerator::compareByDeclaration);
        builder.forMethods()
                .withPropertyNameOverrideResolver(PolicySchemaGenerator::jsonName)
                .withTargetTypeOverridesResolver(PolicySchemaGenerator::withoutOptional)
                .withInstanceAttributeOverride(PolicySchemaGenerator::schemaVersionConstant);
        return builder.build();
    }

    /** The accessors are not getters, so their JSON name is only in their annotation. */
    private static String jsonName(MethodScope method) {
        JsonProperty property = method.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
        return property == null ? null : property.value();
    }

    /**
     * An absent value is left out, never written as null, and the reader refuses null; so an
     * optional attribute is its content and not required.
     */
    private static List<ResolvedType> withoutOptional(MethodScope method) {
        return method.getType().getErasedType() == Optional.class
                ? List.of(method.getTypeParameterFor(Optional.class, 0))
                : null;
    }

    /** The reader refuses every schema version but one, so the schema names that one. */
    private static void schemaVersionConstant(ObjectNode attributes, MethodScope method,
            SchemaGenerationContext context) {
        JsonDeserialize reader = method.getAnnotationConsideringFieldAndGetter(JsonDeserialize.class);
        if (reader != null && reader.using() == SchemaVersionReader.class) {
            attributes.put("const", SafetyPolicy.SCHEMA_VERSION);
        }
    }

    /**
     * Orders properties as the model declares them, which is the order the writer uses; the
     * Immutables implementation declares one field per attribute, in that order.
     */
    private static int compareByDeclaration(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        return Integer.compare(declarationIndex(a), declarationIndex(b));
    }

    private static int declarationIndex(MemberScope<?, ?> member) {
        List<String> fields = Arrays.stream(member.getDeclaringType().getErasedType().getDeclaredFields())
                .map(Field::getName)
                .collect(Collectors.toList());
        int index = fields.indexOf(member.getSchemaPropertyName());
        if (index < 0) {
            throw new IllegalStateException("no field for property " + member.getSchemaPropertyName()
                    + " in " + member.getDeclaringType().getErasedType().getName());
        }
        return index;
    }

    /**
     * Puts the keywords of a schema and of its subschemas in one fixed order, which reads from
     * what a value is to its details, whatever order the generator put them in.
     */
    private static ObjectNode inKeyOrder(ObjectNode schema) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (String keyword : KEYWORD_ORDER) {
            JsonNode value = schema.get(keyword);
            if (value == null) {
                continue;
            }
            if (SUBSCHEMA_MAPS.contains(keyword)) {
                ObjectNode map = ordered.putObject(keyword);
                value.properties().forEach(entry -> map.set(entry.getKey(), inKeyOrder((ObjectNode) entry.getValue())));
            } else {
                ordered.set(keyword, value.isObject() ? inKeyOrder((ObjectNode) value) : value);
            }
        }
        List<String> unordered = schema.propertyNames().stream()
                .filter(keyword -> !KEYWORD_ORDER.contains(keyword))
                .collect(Collectors.toList());
        if (!unordered.isEmpty()) {
            throw new IllegalStateException("no place in the keyword order for " + unordered);
        }
        return ordered;
    }

    /**
     * The schema of each Java type the model uses. Collections are left to the generator, which
     * turns them into arrays.
     */
    private static final class ModelTypes implements CustomDefinitionProviderV2 {

        private static final Map<Class<?>, String> NUMERIC = Map.of(
                Year.class, "integer",
                int.class, "integer",
                Integer.class, "integer",
                OptionalInt.class, "integer",
                BigDecimal.class, "number");

        @Override
        public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
            Class<?> raw = type.getErasedType();
            if (Collection.class.isAssignableFrom(raw)) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == String.class) {
                return inline(node.put("type", "string"));
            }
            if (raw == LocalDate.class) {
                return inline(node.put("type", "string").put("format", "date"));
            }
            if (raw == BoundedDate.class) {
                return inline(boundedDate(node));
            }
            if (raw == boolean.class) {
                return inline(node.put("type", "boolean"));
            }
            if (NUMERIC.containsKey(raw)) {
                return inline(node.put("type", NUMERIC.get(raw)));
            }
            if (raw.isEnum()) {
                node.put("type", "string");
                Arrays.stream(raw.getEnumConstants())
                        .forEach(constant -> node.withArray("enum").add(((Enum<?>) constant).name()));
                return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
                        CustomDefinition.AttributeInclusion.YES);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return yearKeyed(type, node, context);
            }
            JsonDeserialize binding = raw.getAnnotation(JsonDeserialize.class);
            if (binding != null && binding.as() != Void.class) {
                // the implementation's members carry the JSON names and required fields; the
                // definition is keyed and described by the model type
                ResolvedType implementation = context.getTypeContext().resolve(binding.as());
                return new CustomDefinition(context.createStandardDefinition(implementation, this),
                        CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.YES);
            }
            throw new IllegalStateException("no JSON Schema rule for " + type.getBriefDescription()
                    + "; add one to " + PolicySchemaGenerator.class.getSimpleName());
        }

        /** The only maps of the model are amounts keyed by year. */
        private CustomDefinition yearKeyed(ResolvedType type, ObjectNode node, SchemaGenerationContext context) {
            ResolvedType key = context.getTypeContext().getTypeParameterFor(type, Map.class, 0);
            if (key == null || key.getErasedType() != Year.class) {
                throw new IllegalStateException("no JSON Schema rule for map " + type.getBriefDescription()
                        + "; add one to " + PolicySchemaGenerator.class.getSimpleName());
            }
            ResolvedType value = context.getTypeContext().getTypeParameterFor(type, Map.class, 1);
            node.put("type", "object");
            node.putObject("propertyNames").put("pattern", YEAR_KEY_PATTERN);
            node.set("additionalProperties", context.createDefinitionReference(value));
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.NO);
        }

        /** A day, a year, or bounds, as {@code BoundedDates} reads them. */
        private static ObjectNode boundedDate(ObjectNode node) {
            ArrayNode forms = node.putArray("oneOf");
            forms.addObject().put("type", "string").put("format", "date");
            forms.addObject().put("type", "string").put("pattern", "^" + BoundedDates.YEAR.pattern() + "$");
            ObjectNode bounds = forms.addObject().put("type", "object");
            bounds.putObject("properties").<ObjectNode>set(BoundedDates.NOT_BEFORE, dateSchema())
                    .set(BoundedDates.NOT_AFTER, dateSchema());
            bounds.put("minProperties", 1).put("additionalProperties", false);
            return node;
        }

        private static ObjectNode dateSchema() {
            return JsonNodeFactory.instance.objectNode().put("type", "string").put("format", "date");
        }

        private static CustomDefinition inline(ObjectNode node) {
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.NO);
        }
    }
}
