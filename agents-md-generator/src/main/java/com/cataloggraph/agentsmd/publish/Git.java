package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.codehosts.url.RedactedUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code git} in one repository. Never prompts (no terminal, no credential
 * prompt), always in the C locale so messages are stable, and bounded by a timeout.
 */
public final class Git {

    private final Path repository;
    private final Map<String, String> environment;
    private final Duration timeout;

    public Git(Path repository, Map<String, String> environment, Duration timeout) {
        this.repository = repository;
        Map<String, String> env = new HashMap<>(environment);
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GCM_INTERACTIVE", "never");
        env.put("LC_ALL", "C");
        this.environment = Map.copyOf(env);
        this.timeout = timeout;
    }

    /** The same repository with extra environment variables (e.g. a temporary index). */
    Git with(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(extra);
        return new Git(repository, env, timeout);
    }

    /** Runs and returns stdout without the trailing newline; a non-zero exit throws. */
    public String run(String... args) {
        return run(null, args);
    }

    /** Runs and returns stdout as bytes, untouched (a blob's content); a non-zero exit throws. */
    public byte[] bytes(String... args) {
        Outcome outcome = execute(null, true, args);
        if (outcome.exit != 0) {
            throw new PublishException("git " + String.join(" ", args) + " failed in " + repository + " (exit "
                    + outcome.exit + "): " + RedactedUrl.scrub(outcome.stderr.strip()));
        }
        return outcome.raw;
    }

    String run(byte[] stdin, String... args) {
        Outcome outcome = execute(stdin, false, args);
        if (outcome.exit != 0) {
            throw new PublishException("git " + String.join(" ", args) + " failed in " + repository + " (exit "
                    + outcome.exit + "): " + RedactedUrl.scrub(outcome.stderr.strip()));
        }
        return outcome.stdout.strip();
    }

    /** Runs and returns stdout, or empty when git exits non-zero (a ref that does not exist, say). */
    public Optional<String> tryRun(String... args) {
        Outcome outcome = execute(null, false, args);
        return outcome.exit == 0 ? Optional.of(outcome.stdout.strip()) : Optional.empty();
    }

    private Outcome execute(byte[] stdin, boolean raw, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PublishException("git " + String.join(" ", args) + " did not finish within " + timeout
                        + " in " + repository);
            }
            byte[] stdout = out.join();
            return new Outcome(process.exitValue(), raw ? "" : new String(stdout, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8), raw ? stdout : null);
        } catch (IOException e) {
            throw new PublishException("cannot run git (is it installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while running git " + String.join(" ", args), e);
        }
    }

    private static byte[] drain(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Outcome(int exit, String stdout, String stderr, byte[] raw) {
    }
}
