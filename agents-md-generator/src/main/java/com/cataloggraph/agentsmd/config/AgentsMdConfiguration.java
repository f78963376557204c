package com.cataloggraph.agentsmd.config;

import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.agentsmd.catalog.ReviewerReader;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.publish.PublisherFactory;
import com.cataloggraph.agentsmd.run.AgentsMdRuns;
import com.cataloggraph.agentsmd.run.RunSettings;
import com.cataloggraph.agentsmd.run.RunStore;
import com.cataloggraph.model.CatalogGraph;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The generator's beans. Nothing here touches the database or starts a thread until a command
 * or a GraphQL trigger uses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgentsMdProperties.class)
@PropertySource("classpath:agents-md.properties")
public class AgentsMdConfiguration {

    @Bean
    RepositoryDrafter agentsMdDrafter(CatalogGraph graph, AgentsMdProperties properties) {
        return new RepositoryDrafter(new CatalogContextReader(graph), properties.fileName(), properties.remote(),
                properties.maxNested());
    }

    @Bean
    ConfiguredPublishers agentsMdPublishers(AgentsMdProperties properties) {
        return new ConfiguredPublishers(properties, Clock.systemUTC());
    }

    @Bean
    AgentsMdRuns agentsMdRuns(CatalogGraph graph, RepositoryDrafter drafter, ConfiguredPublishers publishers,
                              AgentsMdProperties properties) {
        RunSettings settings = new RunSettings(properties.fileName(), properties.branch(), properties.remote(),
                properties.labels(), properties.maxReviewers());
        return new AgentsMdRuns(graph.entities(), drafter, new ReviewerReader(graph), publishers, publishers,
                new RunStore(graph.database()), settings, Clock.systemUTC());
    }
}
