package com.cataloggraph.agentsmd.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.Fixtures;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.draft.DraftRenderer;
import com.cataloggraph.agentsmd.publish.stub.GitHubStub;
import com.cataloggraph.agentsmd.publish.stub.GitLabStub;
import com.cataloggraph.codehosts.tree.BlobCache;
import com.cataloggraph.codehosts.tree.GitHubRepositoryReader;
import com.cataloggraph.codehosts.tree.GitLabRepositoryReader;
import com.cataloggraph.codehosts.tree.HostedRepository;
import com.cataloggraph.codehosts.tree.RemoteSnapshot;
import com.cataloggraph.codehosts.tree.RepositoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RemoteAnalysisTest {

    private static final RepositoryAnalyzer ANALYZER = new RepositoryAnalyzer("AGENTS.md");
    private static GitLabStub gitlab;
    private static GitHubStub github;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void serveEveryFixtureOnBothHosts() {
        gitlab = new GitLabStub().pageSize(100);
        github = new GitHubStub().pageSize(100);
        for (String name : fixtures()) {
            var files = HostReaders.filesOf(Fixtures.repository(name));
            gitlab.project("acme/" + name, "main", files);
            github.repo("acme/" + name, "main", files);
        }
    }

    @AfterAll
    static void stop() {
        gitlab.close();
        github.close();
    }

    static List<String> fixtures() {
        try (Stream<Path> folders = Files.list(Fixtures.REPOSITORIES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aGitLabProjectGivesTheDraftOfALocalCloneByteForByte(String name) {
        assertSameDraft(name, new GitLabRepositoryReader(HostReaders.gitlab(gitlab)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aGitHubRepositoryGivesTheDraftOfALocalCloneByteForByte(String name) {
        assertSameDraft(name, new GitHubRepositoryReader(HostReaders.github(github)));
    }

    @Test
    void aSecondReadOfTheSameCommitSendsOnlyTheHeadRequest() {
        RepositoryReader reader = new GitLabRepositoryReader(HostReaders.gitlab(gitlab));
        BlobCache cache = new BlobCache(cacheDir);
        HostedRepository repository = new HostedRepository("acme/maven-service", "main", null);
        ANALYZER.analyze(RemoteTrees.of(RemoteSnapshot.ofDefaultBranch(reader, cache, repository)));
        gitlab.clearRequests();

        RepositoryAnalysis again = ANALYZER.analyze(RemoteTrees.of(RemoteSnapshot.ofDefaultBranch(reader, cache,
                repository)));

        assertThat(gitlab.targets()).containsExactly("GET /api/v4/projects/acme%2Fmaven-service/repository/branches/main");
        assertThat(again).isEqualTo(ANALYZER.analyze(Fixtures.repository("maven-service")));
    }

    @Test
    void onlyTheFilesTheDetectorsNeedAreFetched() {
        RepositoryReader reader = new GitHubRepositoryReader(HostReaders.github(github));
        gitlab.clearRequests();
        github.clearRequests();
        RemoteSnapshot snapshot = RemoteSnapshot.ofDefaultBranch(reader, new BlobCache(cacheDir),
                new HostedRepository("acme/go-service", "main", null));

        RepositoryAnalysis analysis = ANALYZER.analyze(RemoteTrees.of(snapshot));

        long blobs = github.targets().stream().filter(t -> t.contains("/git/blobs/")).count();
        assertThat(blobs).isLessThan(snapshot.files().size()).isPositive();
        assertThat(github.targets()).doesNotContain("GET /repos/acme/go-service/git/blobs/"
                + snapshot.files().get("go.sum").sha());
        assertThat(analysis.filesRead()).contains("go.mod", ".gitlab-ci.yml");
    }

    private void assertSameDraft(String name, RepositoryReader reader) {
        RepositoryTree local = RepositoryTree.scan(Fixtures.repository(name));
        RepositoryTree remote = RemoteTrees.of(RemoteSnapshot.ofDefaultBranch(reader, new BlobCache(cacheDir),
                new HostedRepository("acme/" + name, "main", null)));

        RepositoryAnalysis fromClone = ANALYZER.analyze(local);
        RepositoryAnalysis fromHost = ANALYZER.analyze(remote);

        assertThat(remote.files().keySet()).isEqualTo(local.files().keySet());
        assertThat(fromHost).isEqualTo(fromClone);
        DraftRenderer renderer = new DraftRenderer();
        assertThat(renderer.render(fromHost, CatalogContext.EMPTY).block())
                .isEqualTo(renderer.render(fromClone, CatalogContext.EMPTY).block());
    }
}
