package com.cataloggraph.codehosts.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCheckoutTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    @Test
    void readsRemotesBranchAndCommitOfAPlainCheckout() throws IOException {
        Path git = Files.createDirectories(dir.resolve("ledger/.git/refs/heads/feature"));
        Files.writeString(dir.resolve("ledger/.git/config"), """
                [core]
                \tbare = false
                [remote "upstream"]
                \turl = https://github.com/acme/ledger.git
                [remote "origin"]
                \turl = https://oauth2:secret@gitlab.example.com/acme/ledger.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                """);
        Files.writeString(dir.resolve("ledger/.git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(git.resolve("x"), SHA + "\n");

        GitCheckout checkout = GitCheckout.of(dir.resolve("ledger")).orElseThrow();

        assertThat(checkout.remotes()).containsExactly(Map.entry("upstream", "https://github.com/acme/ledger.git"),
                Map.entry("origin", "https://oauth2:secret@gitlab.example.com/acme/ledger.git"));
        assertThat(checkout.defaultRemoteUrl()).contains("https://oauth2:secret@gitlab.example.com/acme/ledger.git");
        assertThat(checkout.branch()).isEqualTo("feature/x");
        assertThat(checkout.commit()).isEqualTo(SHA);
    }

    @Test
    void followsAWorktreeToItsCommonDirectoryAndPackedRefs() throws IOException {
        Path main = Files.createDirectories(dir.resolve("main/.git/worktrees/feature")).getParent();
        Files.writeString(dir.resolve("main/.git/config"), "[remote \"mirror\"]\n\turl = git@gitlab.example.com:acme/web.git\n");
        Files.writeString(dir.resolve("main/.git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + SHA + " refs/heads/feature\n");
        Files.writeString(main.resolve("feature/commondir"), "../..\n");
        Files.writeString(main.resolve("feature/HEAD"), "ref: refs/heads/feature\n");
        Files.createDirectories(dir.resolve("feature"));
        Files.writeString(dir.resolve("feature/.git"), "gitdir: ../main/.git/worktrees/feature\n");

        GitCheckout checkout = GitCheckout.of(dir.resolve("feature")).orElseThrow();

        assertThat(checkout.defaultRemoteUrl()).contains("git@gitlab.example.com:acme/web.git");
        assertThat(checkout.branch()).isEqualTo("feature");
        assertThat(checkout.commit()).isEqualTo(SHA);
    }

    @Test
    void aFolderWithoutGitIsNoCheckout() {
        assertThat(GitCheckout.of(dir)).isEmpty();
    }
}
