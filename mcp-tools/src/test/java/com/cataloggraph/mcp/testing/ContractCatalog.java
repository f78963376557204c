package com.cataloggraph.mcp.testing;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.IngestBookkeeping;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The catalog the MCP contract tests read: the graph-model's sample company, plus what the
 * contract needs beyond it (a name shared by two kinds, a team and a resource too big for one
 * answer, a failed and a partly used descriptor), and a finished ingest run, so freshness has a value. Switching the contract to the
 * ingested sample catalog means changing {@link #seed} and the expectations named after it.
 */
public final class ContractCatalog {

    /** When the seeded ingest run finished: every answer's {@code lastIngestAt}. */
    public static final String LAST_INGEST_AT = "2026-11-01T10:00:05Z";

    /** A descriptor the last ingest could not use: a repository with no entity. */
    public static final String BROKEN_FILE = "broken-repo/catalog-info.yaml";

    /** A descriptor the last ingest used in part (its third document failed). */
    public static final String PARTIAL_FILE = "payments-service/catalog-info.yaml";

    /** Members of group:default/platform and dependents of resource:default/shared-cache: more than one answer holds. */
    public static final int CROWD = 55;

    private ContractCatalog() {
    }

    public static void seed(CatalogGraph graph) {
        SampleGraph.build().writeTo(graph.writer());
        TestCatalog extras = new TestCatalog();
        extras.add("component:default/platform").type("library").lifecycle("production")
                .description("Shared platform client");
        extras.add("resource:default/shared-cache").type("cache").relate(OWNED_BY, "group:default/platform");
        for (int i = 1; i <= CROWD; i++) {
            String n = "%02d".formatted(i);
            extras.add("user:default/member-" + n).email("member-" + n + "@example.com")
                    .relate(MEMBER_OF, "group:default/platform");
            extras.add("component:default/worker-" + n).type("service").lifecycle("production")
                    .relate(OWNED_BY, "group:default/platform").relate(DEPENDS_ON, "resource:default/shared-cache");
        }
        extras.writeTo(graph.writer());
        IngestBookkeeping.sourceFile(graph.database(), BROKEN_FILE, "broken-repo", "FAILED", List.of(),
                "[" + IngestBookkeeping.error(BROKEN_FILE, 17, null, "yaml-syntax",
                        "YAML syntax: mapping values are not allowed here") + "]");
        IngestBookkeeping.sourceFile(graph.database(), PARTIAL_FILE, "payments-service", "PARTIAL",
                List.of("component:default/payments-service", "api:default/payments-api"),
                "[" + IngestBookkeeping.error(PARTIAL_FILE, 31, "spec.owner", "entity-ref",
                        "spec.owner \"group:\" is not a valid entity ref") + "]");
        graph.runs().start("contract-run", Instant.parse("2026-11-01T10:00:00Z"), "contract fixtures");
        graph.runs().finish("contract-run", Instant.parse(LAST_INGEST_AT), "succeeded", Map.of("entities", 124L));
    }
}
