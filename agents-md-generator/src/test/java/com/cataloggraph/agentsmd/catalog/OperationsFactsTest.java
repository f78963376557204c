package com.cataloggraph.agentsmd.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.analysis.Fixtures;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.draft.DraftRenderer;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/** On-call, runbook, dashboard and docs links from Backstage's well-known annotations and from metadata.links. */
class OperationsFactsTest {

    @Test
    void annotationsAndLinksBecomeOperationsLinesWithoutCopyingSecrets() {
        TestNeo4j.get().clean();
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().database());
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/ledger").type("service").lifecycle("production")
                .source("ledger", "https://gitlab.example.com/acme/ledger", "ledger/catalog-info.yaml")
                .annotation("pagerduty.com/service-id", "PX1234")
                .annotation("opsgenie.com/team", "ledger-oncall")
                .annotation("grafana/dashboard-selector", "tags @> 'ledger'")
                .annotation("backstage.io/techdocs-ref", "dir:.")
                .link("https://runbooks.example.com/ledger", "Ledger runbook")
                .link("https://grafana.example.com/d/ledger", "Ledger dashboard");
        catalog.add("component:default/ledger-worker").type("service")
                .source("ledger", "https://gitlab.example.com/acme/ledger", "ledger/worker/catalog-info.yaml")
                .annotation("pagerduty.com/integration-key", "secret-integration-key");
        catalog.writeTo(graph.writer());

        CatalogContext context = new CatalogContextReader(graph).read("ledger", null);
        var section = new DraftRenderer().render(new RepositoryAnalyzer("AGENTS.md")
                .analyze(Fixtures.repository("go-service")), context).section(DraftRenderer.CATALOG);

        assertThat(context.operations()).containsExactly(
                new OperationsFact("On call", "PagerDuty service `PX1234`"),
                new OperationsFact("On call", "Opsgenie team `ledger-oncall`"),
                new OperationsFact("Dashboards", "Grafana dashboards matching `tags @> 'ledger'`"),
                new OperationsFact("Docs", "TechDocs (`dir:.`)"),
                new OperationsFact("Runbook", "[Ledger runbook](https://runbooks.example.com/ledger)"),
                new OperationsFact("Dashboards", "[Ledger dashboard](https://grafana.example.com/d/ledger)"));
        assertThat(section.lines()).contains(
                "- On call: PagerDuty service `PX1234`; Opsgenie team `ledger-oncall`.",
                "- Dashboards: Grafana dashboards matching `tags @> 'ledger'`; "
                        + "[Ledger dashboard](https://grafana.example.com/d/ledger).",
                "- Docs: TechDocs (`dir:.`).",
                "- Runbook: [Ledger runbook](https://runbooks.example.com/ledger).");
        assertThat(String.join("\n", section.lines())).doesNotContain("secret-integration-key");
    }
}
