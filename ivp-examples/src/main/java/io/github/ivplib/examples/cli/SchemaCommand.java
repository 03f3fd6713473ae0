package io.github.ivplib.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ivp schema}: prints the JSON Schema of the policy format that ivp-model ships, for
 * editors and for validators in other languages.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Prints the JSON Schema (draft 2020-12) of the policy format.")
final class SchemaCommand implements Callable<Integer> {

    private final Supplier<String> schema;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param schema gives the schema text, or throws IllegalStateException if this build lacks it, not null
     */
    SchemaCommand(Supplier<String> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public Integer call() {
        String text;
        try {
            text = schema.get();
        } catch (IllegalStateException e) {
            throw new CommandFailure("this build has no JSON Schema of the policy format (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return Ivp.PASSED;
    }
}
