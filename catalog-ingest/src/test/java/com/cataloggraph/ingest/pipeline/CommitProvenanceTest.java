package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity read from a git checkout records the commit, and its page at that commit on GitHub or GitLab. */
class CommitProvenanceTest {

    @TempDir
    Path temp;

    private final IngestTesting ingest = new IngestTesting();
    private final GraphProbe graph = ingest.probe();

    @Test
    void aGitCheckoutGivesTheCommitAndALinkToTheLineOnItsHost() throws Exception {
        assumeTrue(git(temp, "--version") != null, "git is not installed");
        CatalogFolder repos = CatalogFolder.empty(temp.resolve("repos"))
                .write("payments/catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata:
                          name: payments
                        spec:
                          type: service
                          lifecycle: production
                          owner: team-a
                        """)
                .write("ledger/catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata:
                          name: ledger
                        spec:
                          type: service
                          lifecycle: production
                          owner: team-a
                        """);
        String payments = commit(repos.path("payments"), "https://github.com/acme/payments.git");
        String ledger = commit(repos.path("ledger"), "git@gitlab.example.com:acme/ledger.git");

        ingest.ingest(repos.root());

        assertThat(graph.properties("component:default/payments")).containsEntry("sourceCommit", payments)
                .containsEntry("sourceUrl", "https://github.com/acme/payments/blob/" + payments + "/catalog-info.yaml");
        assertThat(graph.properties("component:default/ledger")).containsEntry("sourceCommit", ledger)
                .containsEntry("sourceUrl", "https://gitlab.example.com/acme/ledger/-/blob/" + ledger
                        + "/catalog-info.yaml");
    }

    private static String commit(Path repository, String remote) throws Exception {
        git(repository, "init", "-q", "-b", "main");
        git(repository, "remote", "add", "origin", remote);
        git(repository, "add", "catalog-info.yaml");
        git(repository, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "init");
        return git(repository, "rev-parse", "HEAD");
    }

    /** Runs git; its trimmed output, or null when git cannot be started. */
    private static String git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output.trim();
    }
}
