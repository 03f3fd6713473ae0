package io.github.ivplib.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.json.PolicyJson;

/**
 * The two real policies this library was designed from, modelled faithfully and bundled as
 * classpath resources.
 * <p>
 * Every figure in them is traceable to its source document; where a document is incomplete or
 * inconsistent, the policy says what the document says and validation reports it.
 * This class is immutable and thread-safe.
 */
public enum ExamplePolicies {

    /** Venlo, "Aanpakken! Integraal Veiligheidsbeleid 2023 t/m 2026" (January 2023). */
    VENLO_IVB_2023_2026("venlo-ivb-2023-2026.json"),

    /** Roermond, council proposal "Vaststellen Integraal Veiligheidsplan 2024-2027". */
    ROERMOND_IVP_2024_2027("roermond-ivp-2024-2027.json");

    private final String fileName;

    ExamplePolicies(String fileName) {
        this.fileName = fileName;
    }

    /** @return the file name of the policy document, such as "venlo-ivb-2023-2026.json", not null */
    public String fileName() {
        return fileName;
    }

    /** @return the classpath resource path of the document, absolute, not null */
    public String resourcePath() {
        return "/io/github/ivplib/examples/" + fileName;
    }

    /**
     * Opens the bundled document; the caller closes the stream.
     *
     * @return the document in UTF-8, not null
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public InputStream open() {
        InputStream in = ExamplePolicies.class.getResourceAsStream(resourcePath());
        if (in == null) {
            throw new IllegalStateException("resource missing from the class path: " + resourcePath());
        }
        return in;
    }

    /**
     * Reads the bundled policy.
     *
     * @return the policy, not null
     */
    public SafetyPolicy load() {
        try (InputStream in = open()) {
            return PolicyJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every bundled policy, read, in the order of this enum, not null */
    public static List<SafetyPolicy> loadAll() {
        return Arrays.stream(values()).map(ExamplePolicies::load).collect(Collectors.toList());
    }
}
