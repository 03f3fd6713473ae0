package io.github.ivplib.model.json;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ivplib.model.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.type.CollectionType;

/**
 * Reads a set from an array that holds each element once, refusing an element written twice
 * where it stands: Jackson would keep one of them, and what was written would not be what was
 * read ({@code "notRecorded": ["THEMES", "THEMES"]} is more likely a slip than an intent).
 */
final class UniqueElements extends ValueDeserializer<Set<Object>> {

    private final JavaType listType;
    private final ValueDeserializer<Object> list;

    private UniqueElements(JavaType listType, ValueDeserializer<Object> list) {
        this.listType = listType;
        this.list = list;
    }

    /** Puts this reader in place of Jackson's for every set. */
    static ValueDeserializerModifier modifier() {
        return new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                if (!Set.class.isAssignableFrom(type.getRawClass())) {
                    return deserializer;
                }
                return new UniqueElements(config.getTypeFactory().constructCollectionType(List.class,
                        type.getContentType()), null);
            }
        };
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return new UniqueElements(listType, ctxt.findContextualValueDeserializer(listType, property));
    }

    @Override
    public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
        List<?> elements = (List<?>) list.deserialize(p, ctxt);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (!seen.add(element)) {
                InvalidValueException duplicate = new InvalidValueException(element + " appears more than once",
                        InvalidValueException.Reason.DUPLICATE_ELEMENT, "element", ReadErrors.quote(String.valueOf(element)));
                throw DatabindException.wrapWithPath(ctxt, duplicate, new JacksonException.Reference(elements, i));
            }
        }
        return new LinkedHashSet<>(elements);
    }
}
