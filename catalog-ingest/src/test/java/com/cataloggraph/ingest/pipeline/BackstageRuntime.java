package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.source.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backstage's published catalog packages, pinned by {@code backstage-differential/package-lock.json}, installed
 * with {@code npm ci} into {@code ~/.cache/catalog-graph/backstage-<lock hash>} (reused while the lock is the
 * same; never into the repository), and {@code verdicts.js} run over JSON lines in one node process.
 */
final class BackstageRuntime {

    private static final String RESOURCES = "/backstage-differential/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;

    private BackstageRuntime(Path folder) {
        this.folder = folder;
    }

    /**
     * Why the differential cannot run here (no node or npm on the PATH, or the packages not installed yet and
     * the npm registry out of reach), or empty when it can.
     */
    static Optional<String> unavailable() {
        for (String tool : List.of("node", "npm")) {
            Optional<String> failed = run(tool, "--version");
            if (failed.isPresent()) {
                return failed;
            }
        }
        if (!Files.exists(marker(folder()))) {
            return run("npm", "view", "@backstage/catalog-model", "version").map(why -> "the npm registry is not "
                    + "reachable and " + folder() + " has no installed copy (" + why + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return Optional.of(String.join(" ", command) + " failed");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(command[0] + " is not installed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static Path folder() {
        try {
            return Path.of(System.getProperty("user.home"), ".cache", "catalog-graph",
                    "backstage-" + Sha256.hex(resource("package-lock.json")).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path marker(Path folder) {
        return folder.resolve("node_modules/.catalog-graph-installed");
    }

    /** Installs the pinned packages unless the cache already holds them. */
    static BackstageRuntime install() throws IOException, InterruptedException {
        byte[] lock = resource("package-lock.json");
        Path folder = folder();
        Files.createDirectories(folder);
        Path marker = marker(folder);
        for (String name : List.of("package.json", "package-lock.json", "verdicts.js")) {
            Files.write(folder.resolve(name), resource(name));
        }
        if (!Files.exists(marker)) {
            Path log = folder.resolve("npm-ci.log");
            Process npm = new ProcessBuilder("npm", "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(15, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + folder + " did not finish in 15 minutes; see " + log);
            }
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + folder + " failed (exit " + npm.exitValue() + "): "
                        + Files.readString(log));
            }
            Files.writeString(marker, "installed from package-lock.json " + Sha256.hex(lock) + "\n");
        }
        return new BackstageRuntime(folder);
    }

    /** Runs {@code verdicts.js} over the request lines; one answer per line after the first. */
    List<JsonNode> verdicts(List<String> lines, Path work) throws IOException, InterruptedException {
        Path input = work.resolve("backstage-input.jsonl");
        Path output = work.resolve("backstage-output.jsonl");
        Path errors = work.resolve("backstage-errors.txt");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Process node = new ProcessBuilder("node", folder.resolve("verdicts.js").toString()).directory(folder.toFile())
                .redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        if (!node.waitFor(15, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new IllegalStateException("verdicts.js did not finish in 15 minutes");
        }
        if (node.exitValue() != 0) {
            throw new IllegalStateException("verdicts.js failed (exit " + node.exitValue() + "): "
                    + Files.readString(errors));
        }
        List<JsonNode> answers = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                answers.add(JSON.readTree(line));
            }
        }
        return answers;
    }

    /** The version of a pinned package, as the lock file says. */
    static String version(String name) {
        try {
            return JSON.readTree(resource("package-lock.json")).path("packages").path("node_modules/" + name)
                    .path("version").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BackstageRuntime.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("test resource " + RESOURCES + name + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
