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
 * The packaged jar run as a real process, as users run it: its output is collected line by line
 * so tests can wait for what it prints.
 */
public final class CatalogGraphProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "catalog-graph.jar");
    private static final Pattern HTTP_URL = Pattern.compile("serving at (http://\\S+)");

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private CatalogGraphProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** Starts {@code java -jar catalog-graph.jar args...} with the JVM running the tests. */
    public static CatalogGraphProcess start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    /** Same, with environment variables added (e.g. {@code CATALOG_NEO4J_WRITEBATCHSIZE}). */
    public static CatalogGraphProcess start(Map<String, String> environment, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NEO4J_URI");
        builder.environment().putAll(environment);
        return new CatalogGraphProcess(builder.start());
    }

    /** Waits until the server prints its URL. */
    public String awaitHttpUrl(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : out) {
                Matcher matcher = HTTP_URL.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
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
