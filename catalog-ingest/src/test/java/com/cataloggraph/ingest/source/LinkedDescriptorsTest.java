package com.cataloggraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 12: a descriptor that is a link out of the ingested folder is reported, never read. */
@Tag("security")
class LinkedDescriptorsTest {

    @TempDir
    Path temp;

    @Test
    void aDescriptorLinkingOutsideIsReportedAndNotRead() throws Exception {
        IngestTesting ingest = new IngestTesting();
        CatalogFolder lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        Path secret = CatalogFolder.empty(temp.resolve("elsewhere")).write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: smuggled
                spec:
                  type: service
                  lifecycle: production
                  owner: shipping-team
                """).path("catalog-info.yaml");
        Files.createDirectories(lumen.path("evil"));
        Files.createSymbolicLink(lumen.path("evil/catalog-info.yaml"), secret);

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.LINK_OUTSIDE_TREE,
                "evil/catalog-info.yaml", null, null, null, null, "the file is a link to " + secret + ", outside "
                        + lumen.root() + "; links are never followed out of the ingested folder"));
        assertThat(ingest.probe().refs("n.name = 'smuggled'")).isEmpty();
        assertThat(ingest.probe().refs("n.ref = 'component:default/shipment-service'")).hasSize(1);
    }
}
