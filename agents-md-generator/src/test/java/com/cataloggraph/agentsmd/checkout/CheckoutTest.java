package com.cataloggraph.agentsmd.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.TempRepository;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkout's identity: its folder name and its remote, read from the git configuration. */
class CheckoutTest {

    @Test
    void theRemoteUrlIsReadFromTheNamedRemoteOnly(@TempDir Path dir) {
        new TempRepository(dir.resolve("ledger")).file(".git/config", """
                [core]
                \tbare = false
                [remote "upstream"]
                \turl = https://gitlab.example.com/finance/ledger.git
                [remote "origin"]
                \turl = git@gitlab.example.com:acme/platform/ledger.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                [branch "main"]
                \tremote = origin
                """);

        Checkout checkout = Checkout.at(dir.resolve("ledger"), "origin");

        assertThat(checkout.name()).isEqualTo("ledger");
        assertThat(checkout.remoteUrl()).isEqualTo("git@gitlab.example.com:acme/platform/ledger.git");
        assertThat(checkout.remotePath()).contains("acme/platform/ledger");
    }

    @Test
    void aWorktreeOrSubmoduleFollowsItsGitdirToTheSharedConfig(@TempDir Path dir) {
        new TempRepository(dir).file("main/.git/config", "[remote \"origin\"]\n\turl = https://github.com/acme/web\n")
                .file("main/.git/worktrees/feature/commondir", "../..\n")
                .file("feature/.git", "gitdir: ../main/.git/worktrees/feature\n");

        assertThat(Checkout.at(dir.resolve("feature"), "origin").remotePath()).contains("acme/web");
    }

    @Test
    void urlsWithCredentialsPortsOrLocalPathsAreHandled(@TempDir Path dir) {
        assertThat(new Checkout("x", dir, "https://oauth2:secret@gitlab.example.com/acme/x.git").remotePath())
                .contains("acme/x");
        assertThat(new Checkout("x", dir, "ssh://git@gitlab.example.com:2222/acme/x.git").remotePath()).contains("acme/x");
        assertThat(new Checkout("x", dir, "/srv/git/x.git").remotePath()).isEqualTo(Optional.empty());
        assertThat(new Checkout("x", dir, null).remotePath()).isEmpty();
        assertThat(Checkout.at(dir, "origin").remoteUrl()).isNull();
    }
}
