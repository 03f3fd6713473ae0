package io.github.ivplib.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.ivplib.model.SafetyPolicy;
import io.github.ivplib.model.generators.Draw;
import io.github.ivplib.model.generators.Policies;
import io.github.ivplib.model.json.PolicyJson;

/**
 * Writes a generated register for the command-line benchmark: the policy files of many
 * municipalities, four to eight consecutive policies each (a municipality's history since
 * the Politiewet 2012 and before), one directory per municipality.
 * <p>
 * {@code java -cp ivp-benchmarks/target/benchmarks.jar io.github.ivplib.benchmarks.RegisterFiles DIR COUNT}
 */
public final class RegisterFiles {

    /** The seed of the generated register, so that every run measures the same files. */
    static final long SEED = 20_230_101L;
    private static final int FEWEST = 4;
    private static final int MOST = 8;

    private RegisterFiles() {
    }

    /**
     * Writes the files.
     *
     * @param args the directory, created where missing, and how many files, at least 1
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RegisterFiles DIR COUNT");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /**
     * Writes {@code count} policy files below a directory: whole series of municipalities, of the
     * last one only its newest policies where the count ends in it, so that its series stays
     * valid (a series without its newest policies would be overdue).
     *
     * @param directory where to write, created where missing, not null
     * @param count how many files, at least 1
     * @return the files written, not null
     * @throws IOException if a file cannot be written
     */
    static List<Path> write(Path directory, int count) throws IOException {
        int municipalities = count / FEWEST + 1;
        List<List<SafetyPolicy>> register = Policies.validRegister(municipalities, FEWEST, MOST).next(new Draw(SEED));
        List<Path> written = new ArrayList<>();
        for (List<SafetyPolicy> series : register) {
            int left = count - written.size();
            for (SafetyPolicy policy : series.subList(Math.max(0, series.size() - left), series.size())) {
                Path folder = Files.createDirectories(directory.resolve(policy.municipality().cbsCode()));
                Path file = folder.resolve(policy.id() + ".json");
                PolicyJson.write(policy, file);
                written.add(file);
            }
            if (written.size() == count) {
                break;
            }
        }
        return written;
    }
}
