package com.cataloggraph.app.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as a real process, as users run it: through the launcher ({@code ./catalog-graph}),
 * with the JDK running the tests and a 512 MB heap. Its output is collected line by line so tests can wait
 * for what it prints. The first start runs {@code catalog-graph prepare} once (unpacked jar and startup
 * cache, about a minute on an idle machine); every later start then takes about half as long.
 */
public final class CatalogGraphProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "catalog-graph.jar");
    private static final Path LAUNCHER = Path.of("..", "catalog-graph").toAbsolutePath().normalize();
    /** A one-time setup, not a test's measure: generous enough for a machine many times slower than idle. */
    private static final Duration PREPARE = Duration.ofMinutes(30);
    private static boolean prepared;
    /**
     * The processes are short-lived: the JIT's quick tier, where they spend less CPU on two cores (the process
     * tests took 10-30% less time: IngestKilledMidWriteIT 74 -> 54 s, IngestProcessIT 37 -> 26 s).
     */
    private static final String QUICK_TIER = "-XX:TieredStopAtLevel=1";
    private static final Pattern HTTP_URL = Pattern.compile("serving at (http://\\S+)");
    private static final String ANNOUNCED = "Stop with Ctrl-C.";

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private CatalogGraphProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** Starts {@code catalog-graph args...}. */
    public static CatalogGraphProcess start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    /** Same, with environment variables added (e.g. {@code CATALOG_NEO4J_WRITEBATCHSIZE}). */
    public static CatalogGraphProcess start(Map<String, String> environment, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(args));
        builder.environment().putAll(environment());
        builder.environment().putAll(environment);
        return new CatalogGraphProcess(builder.start());
    }

    /** The command line that starts {@code catalog-graph args...}, for tests that start it themselves. */
    public static List<String> command(String... args) throws IOException {
        prepare();
        List<String> command = new ArrayList<>(List.of("/bin/bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * What that command's environment must hold: the tests' own JDK, a 512 MB heap, the JIT's quick tier, and the
     * embedded database whatever {@code NEO4J_URI} the machine sets (blank means embedded).
     */
    public static Map<String, String> environment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-Xmx512m " + QUICK_TIER,
                "NEO4J_URI", "");
    }

    /** Runs {@code catalog-graph prepare} once per test JVM, before the first start. */
    private static synchronized void prepare() throws IOException {
        if (prepared) {
            return;
        }
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", LAUNCHER.toString(), "prepare")
                .redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        pump(process.getInputStream(), output);
        try {
            if (!process.waitFor(PREPARE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("catalog-graph prepare still running after " + PREPARE + ": "
                        + String.join("\n", output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing catalog-graph", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("catalog-graph prepare failed: " + String.join("\n", output));
        }
        System.out.println(String.join("\n", output));
        prepared = true;
    }

    /**
     * Waits until the server has announced itself whole (the announcement's last line, {@code Stop with Ctrl-C.}), so
     * that every line of it, the Bolt address included, is in {@link #stdout()}; returns its URL. (Returning at the
     * URL's line let a caller read the output before the Bolt line had been read from the process.)
     */
    public String awaitHttpUrl(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = List.copyOf(out);
            if (lines.stream().anyMatch(line -> line.startsWith(ANNOUNCED))) {
                for (String line : lines) {
                    Matcher matcher = HTTP_URL.matcher(line);
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + ": " + output());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no URL after " + timeout + ": " + output());
    }

    /** Waits until the process prints a line on stderr that contains {@code text}. */
    public void awaitStderr(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (err.stream().anyMatch(line -> line.contains(text))) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + " before printing " + text
                        + ": " + output());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no \"" + text + "\" after " + timeout + ": " + output());
    }

    /** Sends SIGKILL, as the kernel's OOM killer or a pulled plug would, and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("still alive 30 s after SIGKILL");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would. */
    public void terminate() {
        process.destroy();
    }

    public List<String> stdout() {
        return List.copyOf(out);
    }

    public List<String> stderr() {
        return List.copyOf(err);
    }

    public String output() {
        return "stdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void pump(java.io.InputStream stream, List<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
    }
}
