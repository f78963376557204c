package com.cataloggraph.ingest.source;

import com.cataloggraph.codehosts.git.GitCheckout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.ingest.testing.CatalogFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    @TempDir
    Path temp;

    @Test
    void findsDescriptorsInEveryCheckoutSkippingVendoredAndGeneratedFolders() throws Exception {
        CatalogFolder lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        lumen.write("shipment-service/target/classes/catalog-info.yaml", "copied by the build")
                .write("shipment-service/.git/catalog-info.yaml", "inside git's own folder");

        DescriptorSource source = FolderSources.forPath(lumen.root(), ScanSettings.DEFAULT);

        assertThat(source).isInstanceOf(FolderSource.class);
        assertThat(source.id()).isEqualTo("dir:" + lumen.root());
        assertThat(source.discover()).extracting(DescriptorFile::path).containsExactly(
                "auth-gateway/catalog-info.yml", "label-printer/catalog-info.yaml", "org/catalog-info.yaml",
                "shipment-service/catalog-info.yaml", "tracking-web/catalog-info.yaml");
    }

    @Test
    void aFolderWithADescriptorAtItsTopIsOneRepositoryFoundAtAnyDepthWithin() throws Exception {
        CatalogFolder mono = CatalogFolder.empty(temp.resolve("mono")).write("catalog-info.yaml", "x")
                .write("packages/api/catalog-info.yaml", "x").write(".backstage/catalog-info.yaml", "x")
                .write("packages/web/node_modules/dep/catalog-info.yaml", "x");

        List<DescriptorFile> files = FolderSources.forPath(mono.root(), ScanSettings.DEFAULT).discover();

        assertThat(files).extracting(DescriptorFile::path).containsExactly(".backstage/catalog-info.yaml",
                "catalog-info.yaml", "packages/api/catalog-info.yaml");
        assertThat(files).extracting(f -> f.repository().name()).containsOnly("mono");
    }

    @Test
    void everyDescriptorIsFoundAmongManyFilesAndFoldersAndNoLinkIsFollowed() throws Exception {
        CatalogFolder repos = CatalogFolder.empty(temp.resolve("repos"));
        for (int i = 0; i < 40; i++) {
            repos.write("a/file-" + i + ".txt", "x").write("a/src/main/file-" + i + ".java", "x");
        }
        repos.write("a/catalog-info.yaml", "x").write("a/src/main/deep/er/catalog-info.yaml", "x")
                .write("a/docs/catalog-info.yml", "x").write("a/catalog-info.yaml.d/catalog-info.yaml", "x")
                .write("b/only/folder/below/catalog-info.yaml", "x").write("elsewhere/catalog-info.yaml", "x");
        // A folder named as a descriptor is walked, not listed; a link to a folder is not followed.
        Files.createDirectories(repos.path("a/catalog-info.yml/inside"));
        repos.write("a/catalog-info.yml/inside/catalog-info.yaml", "x");
        Files.createSymbolicLink(repos.path("a/linked"), repos.path("elsewhere"));
        Files.createSymbolicLink(repos.path("linked-repository"), repos.path("elsewhere"));

        assertThat(FolderSources.forPath(repos.root(), ScanSettings.DEFAULT).discover()).extracting(DescriptorFile::path)
                .containsExactly("a/catalog-info.yaml", "a/catalog-info.yaml.d/catalog-info.yaml",
                        "a/catalog-info.yml/inside/catalog-info.yaml", "a/docs/catalog-info.yml",
                        "a/src/main/deep/er/catalog-info.yaml", "b/only/folder/below/catalog-info.yaml",
                        "elsewhere/catalog-info.yaml");
    }

    @Test
    void filePatternsAreConfigurableByNameOrByPathInTheRepository() throws Exception {
        CatalogFolder repos = CatalogFolder.empty(temp.resolve("repos")).write("a/catalog-info.yaml", "x")
                .write("a/.backstage/entities.yaml", "x").write("a/docs/entities.yaml", "x")
                .write("b/backstage.yml", "x");

        ScanSettings settings = new ScanSettings(List.of(".backstage/*.yaml", "backstage.yml"), List.of(".git"));

        assertThat(FolderSources.forPath(repos.root(), settings).discover()).extracting(DescriptorFile::path)
                .containsExactly("a/.backstage/entities.yaml", "b/backstage.yml");
    }

    @Test
    void aGitCheckoutGivesItsRemoteWithoutCredentialsAndItsBranch() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        CatalogFolder repos = CatalogFolder.empty(temp.resolve("repos")).write("payments/catalog-info.yaml", "x");
        Path payments = repos.path("payments");
        git(payments, "init", "-q", "-b", "release");
        git(payments, "remote", "add", "origin", "https://ci:ghp_secret@github.com/acme/payments.git");

        DescriptorFile file = FolderSources.forPath(repos.root(), ScanSettings.DEFAULT).discover().getFirst();

        assertThat(file.repository()).isEqualTo(new RepositoryInfo("payments", "payments",
                "https://github.com/acme/payments", "https://github.com/acme/payments", "release"));
        assertThat(WebLinks.view(file.repository(), "catalog-info.yaml"))
                .isEqualTo("https://github.com/acme/payments/blob/release/catalog-info.yaml");
    }

    /** Issue 20 item 3: a token in the remote's query string never reaches {@code repositoryUrl}. */
    @Test
    void aTokenInTheRemotesQueryIsNotKept() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        CatalogFolder repos = CatalogFolder.empty(temp.resolve("repos")).write("ledger/catalog-info.yaml", "x");
        Path ledger = repos.path("ledger");
        git(ledger, "init", "-q", "-b", "main");
        git(ledger, "remote", "add", "origin",
                "https://gitlab.example.com/acme/ledger.git?private_token=glpat-SECRET&job_token=SECRET");

        DescriptorFile file = FolderSources.forPath(repos.root(), ScanSettings.DEFAULT).discover().getFirst();

        assertThat(file.repository().url()).isEqualTo("https://gitlab.example.com/acme/ledger");
    }

    @Test
    void aGitWorktreeIsFollowedToItsCommonConfig() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        Path main = Files.createDirectories(temp.resolve("main"));
        Files.writeString(main.resolve("catalog-info.yaml"), "x");
        git(main, "init", "-q", "-b", "main");
        git(main, "remote", "add", "origin", "git@gitlab.example.com:acme/ledger.git");
        git(main, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "init");
        git(main, "worktree", "add", "-q", "-b", "feature/x", temp.resolve("feature").toString());

        GitCheckout checkout = GitCheckout.of(temp.resolve("feature")).orElseThrow();
        assertThat(checkout.defaultRemoteUrl()).contains("git@gitlab.example.com:acme/ledger.git");
        assertThat(checkout.branch()).isEqualTo("feature/x");
        assertThat(checkout.commit()).isEqualTo(gitOutput(main, "rev-parse", "HEAD"));
    }

    @Test
    void aFolderThatIsNotAGitCheckoutHasNoRemote() {
        assertThat(GitCheckout.of(temp)).isEmpty();
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void git(Path directory, String... args) throws Exception {
        gitOutput(directory, args);
    }

    private static String gitOutput(Path directory, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output.trim();
    }
}
