package com.cataloggraph.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.resource.CatalogResource;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.testing.TransactionRecorder;
import com.cataloggraph.model.testing.TransactionRecorder.Opened;
import com.cataloggraph.model.testing.TransactionRecorder.Recorded;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AccessMode;

/**
 * A resource read, like a tool call, reads everything it answers with in one read transaction; an entity's page
 * bounds a hub's relations as get_entity does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceReadsTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final TransactionRecorder recorder = new TransactionRecorder();
    private final CatalogDatabase recorded = new CatalogDatabase(recorder.wrap(neo4j.driver()));
    private final CatalogFeatures features = CatalogFeatures.over(ToolContext.over(CatalogGraph.over(recorded),
            McpSettings.DEFAULTS));

    @BeforeAll
    void seedCatalog() {
        neo4j.clean();
        ContractCatalog.seed(CatalogGraph.over(neo4j.database()));
    }

    @ParameterizedTest
    @CsvSource({
            "catalog://entity/{kind}/{namespace}/{name}, catalog://entity/component/default/payments-service, "
                    + "component:default/payments-service",
            "catalog://entity/{kind}/{namespace}/{name}, catalog://entity/group/default/platform, "
                    + "'{\"relation\":\"hasMember\",\"kind\":\"User\",\"total\":55,\"shown\":20}'",
            "catalog://ingest/problems, catalog://ingest/problems, " + ContractCatalog.BROKEN_FILE})
    void readsAResourceInOneReadTransaction(String registered, String uri, String mentioned) {
        CatalogResource resource = features.resources().stream().filter(r -> r.uri().equals(registered))
                .findFirst().orElseThrow();
        recorder.clear();

        ReadResourceResult result = features.read(resource, uri, message -> { });

        assertThat(((TextResourceContents) result.contents().getFirst()).text()).contains(mentioned);
        assertThat(recorder.transactions()).containsExactly(new Recorded(AccessMode.READ, Opened.MANAGED));
    }
}
