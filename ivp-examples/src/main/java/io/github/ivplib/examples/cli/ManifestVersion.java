package io.github.ivplib.examples.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of {@code ivp}: the jar manifest's Implementation-Version, or "development" when
 * the classes do not run from the built jar (tests, an IDE).
 * <p>
 * This class is immutable and thread-safe.
 */
final class ManifestVersion implements IVersionProvider {

    /** The version where no manifest gives one. */
    static final String DEVELOPMENT = "development";

    /** @return the version, not null */
    static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ivp " + version()};
    }
}
