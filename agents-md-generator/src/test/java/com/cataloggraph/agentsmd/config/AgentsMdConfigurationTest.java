package com.cataloggraph.agentsmd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.agentsmd.publish.LocalGitPublisher;
import com.cataloggraph.agentsmd.publish.PublisherFactory;
import com.cataloggraph.agentsmd.publish.github.GitHubPublisher;
import com.cataloggraph.agentsmd.run.AgentsMdRuns;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AgentsMdConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AgentsMdConfiguration.class)
            .withBean(CatalogGraph.class, () -> CatalogGraph.over(TestNeo4j.get().database()))
            .withPropertyValues("catalog.agents-md.gitlab.token=", "catalog.agents-md.github.token=");

    @Test
    void defaultsAreUsableWithoutAnySetting() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AgentsMdRuns.class);
            AgentsMdProperties properties = context.getBean(AgentsMdProperties.class);
            assertThat(properties.fileName()).isEqualTo("AGENTS.md");
            assertThat(properties.branch()).isEqualTo("catalog-graph/agents-md");
            assertThat(properties.labels()).containsExactly("agents-md");
            assertThat(properties.concurrency()).isEqualTo(4);
            assertThat(properties.maxRetryWait()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.github().apiUrl()).isEqualTo(URI.create(System.getenv().getOrDefault("GITHUB_API_URL",
                    "https://api.github.com")));
            assertThat(context.getBean(PublisherFactory.class).create("local")).isInstanceOf(LocalGitPublisher.class);
        });
    }

    @Test
    void aBadValueIsRejectedNamingTheProperty() {
        runner.withPropertyValues("catalog.agents-md.concurrency=0").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("catalog.agents-md.concurrency must be 1..64, was 0"));
        runner.withPropertyValues("catalog.agents-md.file-name=docs/AGENTS.md").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("catalog.agents-md.file-name must be a file name, was 'docs/AGENTS.md'"));
    }

    @Test
    void aHostPublisherNeedsItsTokenAndSaysWhichVariableToSet() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(PublisherFactory.class).create("gitlab"))
                .hasMessage("the gitlab publisher needs a token: set GITLAB_TOKEN (or catalog.agents-md.gitlab.token)"));
        runner.withPropertyValues("catalog.agents-md.github.token=ghp_x", "catalog.agents-md.labels=agents-md,docs")
                .run(context -> {
                    assertThat(context.getBean(PublisherFactory.class).create("github")).isInstanceOf(GitHubPublisher.class);
                    assertThat(context.getBean(AgentsMdProperties.class).labels()).isEqualTo(List.of("agents-md", "docs"));
                });
    }
}
