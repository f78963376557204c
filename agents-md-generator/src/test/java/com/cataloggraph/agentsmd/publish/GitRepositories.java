package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.agentsmd.analysis.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real git repositories for tests: a bare "remote" and a checkout of it, made with the git command line. */
public final class GitRepositories {

    private GitRepositories() {
    }

    /** A bare repository at {@code dir/name.git} and a checkout at {@code dir/name} with the fixture committed on main. */
    public static Path checkoutOfFixture(Path dir, String fixture, String name) {
        return checkoutOfFixture(dir, dir, fixture, name);
    }

    /** The same with the bare repository at {@code remotes/name.git}, apart from the checkouts. */
    public static Path checkoutOfFixture(Path checkouts, Path remotes, String fixture, String name) {
        Path bare = remotes.resolve(name + ".git");
        try {
            Files.createDirectories(checkouts);
            Files.createDirectories(remotes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(remotes, "init", "--quiet", "--bare", "-b", "main", bare.toString());
        Path checkout = Fixtures.copy(fixture, checkouts.resolve(name));
        git(checkout, "init", "--quiet", "-b", "main");
        git(checkout, "remote", "add", "origin", bare.toString());
        commitAll(checkout, "Initial commit");
        git(checkout, "push", "--quiet", "origin", "main");
        return checkout;
    }

    public static void commitAll(Path checkout, String message) {
        git(checkout, "add", "-A");
        git(checkout, "-c", "user.name=Dev", "-c", "user.email=dev@example.com", "commit", "--quiet", "-m", message);
    }

    public static void write(Path checkout, String file, String content) {
        try {
            Files.createDirectories(checkout.resolve(file).getParent());
            Files.writeString(checkout.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs git and returns its stdout, trimmed; fails the test on a non-zero exit. */
    public static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
