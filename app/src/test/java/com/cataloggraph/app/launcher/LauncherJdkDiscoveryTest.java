package com.cataloggraph.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./catalog-graph}) finds a JDK >= 21 by itself and chooses the JVM's flags for a
 * command: run with fake JDK folders (a {@code release} file and {@code bin/java}, {@code bin/javac}
 * scripts), a PATH that holds only what the test puts there, and no JAVA_HOME unless the test sets one.
 */
class LauncherJdkDiscoveryTest {

    private static final Path LAUNCHER = Path.of("..", "catalog-graph").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private Path jdks;
    private Path bin;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void sandbox() throws IOException {
        jdks = Files.createDirectories(temp.resolve("jvm"));
        bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : List.of("dirname", "readlink", "mkdir", "find", "awk", "sort", "uniq", "sed", "cat")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
        }
        environment.put("PATH", bin.toString());
        environment.put("HOME", temp.toString());
        environment.put("CATALOG_GRAPH_JDK_DIRS", jdks + "/*");
    }

    @Test
    void picksTheNewestJdkOfAtLeast21() throws Exception {
        jdk("jdk-17", "17.0.12");
        jdk("jdk-21", "21.0.4");
        jdk("jdk-25", "25.0.3");

        Run run = launcher("jdk");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("JDK 25 at " + jdks.resolve("jdk-25") + "\n");
    }

    @Test
    void usesJavaHomeWhenItIsRecentEnough() throws Exception {
        Path jdk21 = jdk("jdk-21", "21.0.4");
        jdk("jdk-25", "25.0.3");
        environment.put("JAVA_HOME", jdk21.toString());

        Run run = launcher("jdk");

        assertThat(run.stdout).isEqualTo("JDK 21 at " + jdk21 + "\n");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void passesOverAJavaHomeThatIsTooOldAndSaysSo() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.12");
        jdk("jdk-25", "25.0.3");
        environment.put("JAVA_HOME", jdk17.toString());

        Run run = launcher("jdk");

        assertThat(run.stdout).isEqualTo("JDK 25 at " + jdks.resolve("jdk-25") + "\n");
        assertThat(run.stderr).isEqualTo("note: JAVA_HOME is Java 17 (" + jdk17 + "), older than 21; looking for a "
                + "newer JDK\n");
    }

    @Test
    void readsTheVersionFromJavaItselfWhenTheJdkHasNoReleaseFile() throws Exception {
        Path jdk = jdk("no-release", null);
        script(jdk.resolve("bin/java"), "echo '    java.specification.version = 22' >&2");

        assertThat(launcher("jdk").stdout).isEqualTo("JDK 22 at " + jdk + "\n");
    }

    @Test
    void findsTheJavaOnThePath() throws Exception {
        Path jdk = jdk("elsewhere-23", "23.0.1");
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
        environment.put("CATALOG_GRAPH_JDK_DIRS", "");

        assertThat(launcher("jdk").stdout).isEqualTo("JDK 23 at " + jdk + "\n");
    }

    @Test
    void stopsAtOnceWithOneLineSayingWhatToInstallWhenNoJdkIsRecentEnough() throws Exception {
        jdk("jdk-11", "11.0.24");
        jdk("jdk-8", "1.8.0_422");
        environment.put("JAVA_HOME", jdk("jdk-17", "17.0.12").toString());
        Files.createSymbolicLink(bin.resolve("java"), jdks.resolve("jdk-17/bin/java"));

        Run run = launcher("demo");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr.lines().toList()).containsExactly(
                "note: JAVA_HOME is Java 17 (" + jdks.resolve("jdk-17") + "), older than 21; looking for a newer JDK",
                "catalog-graph needs a JDK 21 or newer and found none (JAVA_HOME, java on PATH, /usr/lib/jvm and the "
                        + "usual places): install one, e.g. Temurin 25 from https://adoptium.net or your system's "
                        + "openjdk-21-jdk package, then run this again.");
    }

    @Test
    void testRunsTheMavenBuildWithTheJdkItFoundAndSaysWhichTestsWereSkippedAndWhy() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(LAUNCHER, project.resolve("catalog-graph"));
        // A stand-in for Maven: says how it was called, and leaves the report of a test skipped for a missing tool.
        script(project.resolve("mvnw"), """
                echo "mvnw $* with JAVA_HOME=$JAVA_HOME, java from ${PATH%%:*}"
                mkdir -p graphql-api/target/surefire-reports
                cat > graphql-api/target/surefire-reports/TEST-GraphiQlBrowserTest.xml <<'XML'
                <testsuite name="com.cataloggraph.graphql.graphiql.GraphiQlBrowserTest" tests="2" skipped="2">
                  <testcase name="opens" classname="com.cataloggraph.graphql.graphiql.GraphiQlBrowserTest" time="0">
                    <skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: \
                Assumption failed: Chromium is not installed at /usr/bin/chromium
                	at org.junit.jupiter.api.Assumptions.throwAssumptionFailed(Assumptions.java:340)
                ]]></skipped>
                  </testcase>
                  <testcase name="runs" classname="com.cataloggraph.graphql.graphiql.GraphiQlBrowserTest" time="0">
                    <skipped message="Assumption failed: Chromium is not installed at /usr/bin/chromium"/>
                  </testcase>
                </testsuite>
                XML
                exit 3""");
        jdk("jdk-17", "17.0.12");
        Path jdk25 = jdk("jdk-25", "25.0.3");

        Run run = run(project.resolve("catalog-graph"), "test", "-Dtest=SomeTest");

        assertThat(run.exit).as("Maven's exit code").isEqualTo(3);
        assertThat(run.stdout).isEqualTo("mvnw -B verify -Dtest=SomeTest with JAVA_HOME=" + jdk25 + ", java from "
                + jdk25.resolve("bin") + "\n");
        assertThat(run.stderr.lines().toList()).containsExactly(
                "Running the tests with JDK 25 (" + jdk25 + "): ./mvnw -B verify -Dtest=SomeTest",
                "Tests skipped, and why:",
                "  2 skipped in GraphiQlBrowserTest: Chromium is not installed at /usr/bin/chromium");
    }

    @Test
    void testNeedsAFullJdkNotJustARuntime() throws Exception {
        Path jre = jdk("jre-25", "25.0.3");
        Files.delete(jre.resolve("bin/javac"));

        Run run = launcher("test");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stderr).startsWith("catalog-graph needs a JDK 21 or newer and found none");
    }

    @Test
    void aReIngestIntoAFolderThatHoldsACatalogRunsOnTheQuickTierAndAFirstIngestOrAServerDoNot() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(LAUNCHER, project.resolve("catalog-graph"));
        // A built and unpacked jar (the layout newer than the jar), so the launcher neither builds nor unpacks.
        Path jar = Files.createDirectories(project.resolve("app/target")).resolve("catalog-graph.jar");
        Files.writeString(jar, "jar");
        Files.writeString(Files.createDirectories(project.resolve("app/target/catalog-graph"))
                .resolve("catalog-graph.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path jdk = jdk("jdk-25", "25.0.3");
        script(jdk.resolve("bin/java"), "echo \"java $*\"");
        environment.put("CATALOG_GRAPH_AOT", "off");
        Path ingested = Files.createDirectories(temp.resolve("ingested"));
        Files.writeString(ingested.resolve("ingest-state.bin"), "states");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path launcher = project.resolve("catalog-graph");

        assertThat(run(launcher, "ingest", "repos", "--data", ingested.toString()).stdout)
                .contains(" -XX:TieredStopAtLevel=1 ");
        assertThat(run(launcher, "ingest", "repos", "--data=" + ingested).stdout).contains(" -XX:TieredStopAtLevel=1 ");
        assertThat(run(launcher, "ingest", "repos", "--data", empty.toString()).stdout).doesNotContain("TieredStopAt");
        assertThat(run(launcher, "serve", "--data", ingested.toString()).stdout).doesNotContain("TieredStopAt");
        assertThat(run(launcher, "query", "RETURN 1", "--data", empty.toString()).stdout)
                .contains(" -XX:TieredStopAtLevel=1 ");
        // The data folder by its environment variable, as the application resolves it; ./data by default.
        environment.put("CATALOG_GRAPH_DATA", ingested.toString());
        assertThat(run(launcher, "ingest", "repos").stdout).contains(" -XX:TieredStopAtLevel=1 ");
        environment.put("CATALOG_NEO4J_DATA", empty.toString());
        assertThat(run(launcher, "ingest", "repos").stdout).doesNotContain("TieredStopAt");
        environment.remove("CATALOG_NEO4J_DATA");
        environment.remove("CATALOG_GRAPH_DATA");
        assertThat(run(launcher, "ingest", "repos").stdout).doesNotContain("TieredStopAt");
        // JAVA_OPTS come last, so a user's own tier wins.
        environment.put("JAVA_OPTS", "-XX:TieredStopAtLevel=4");
        assertThat(run(launcher, "ingest", "repos", "--data", ingested.toString()).stdout)
                .containsPattern(" -XX:TieredStopAtLevel=1 (.* )?-XX:TieredStopAtLevel=4 ");
    }

    /** A fake JDK folder: a release file with this version (none when null) and java/javac that print it. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jdks.resolve(name).resolve("bin"));
        if (version != null) {
            Files.writeString(jdks.resolve(name).resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version
                    + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+7\"\n");
        }
        script(home.resolve("java"), "echo 'fake java " + version + "'");
        script(home.resolve("javac"), "echo 'fake javac " + version + "'");
        return jdks.resolve(name);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launcher(String... args) throws Exception {
        return run(LAUNCHER, args);
    }

    private Run run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
