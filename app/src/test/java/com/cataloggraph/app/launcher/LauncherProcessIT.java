package com.cataloggraph.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door as a user meets it: the launcher run with no JAVA_HOME and the machine's default
 * {@code java} first on PATH (Java 17 here), on the packaged jar. Quiet: a command prints its result
 * and nothing else, no JVM or library warning. (The startup cache is left off: its training run
 * takes minutes and is measured by {@code bench startup}, not tested.)
 */
class LauncherProcessIT {

    private static final Path LAUNCHER = Path.of("..", "catalog-graph").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void versionIsOneLineAndNothingElse() throws Exception {
        Run run = launcher("--version");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).matches("catalog-graph \\d+\\.\\d+\\.\\d+\\S*\n");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void helpOfACommandPrintsNoWarning() throws Exception {
        Run run = launcher("ingest", "--help");

        assertThat(run.exit).isZero();
        assertThat(run.stdout).startsWith("Usage: catalog-graph ingest").contains("(default 20%)");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void aQueryOnTheEmbeddedDatabasePrintsItsRowAndNothingElse() throws Exception {
        Run run = launcher("query", "RETURN 40 + 2 AS answer", "--data", temp.resolve("data").toString());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("{\"answer\":42}\n");
        assertThat(run.stderr).isEmpty();
    }

    private Run launcher(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(temp.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("NEO4J_URI");
        builder.environment().put("CATALOG_GRAPH_AOT", "off");
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin");
        if (Files.isDirectory(java17)) {
            builder.environment().put("PATH", java17 + ":" + builder.environment().get("PATH"));
        }
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
