package com.cataloggraph.app.mcp;

import com.cataloggraph.app.neo4j.EmbeddedNeo4j;
import com.cataloggraph.app.process.CatalogGraphProcess;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One {@code catalog-graph serve} process for all MCP process tests in this JVM: its embedded
 * data in a temp folder, seeded over Bolt with the contract catalog. {@code mcp} processes
 * started with the same {@code --data} attach to it.
 */
final class ServedCatalog {

    private static final Pattern BOLT = Pattern.compile("Bolt at (bolt://\\S+)");
    private static ServedCatalog instance;

    private final Path data;
    private final String httpUrl;
    private final URI boltUri;

    private ServedCatalog(Path data, String httpUrl, URI boltUri) {
        this.data = data;
        this.httpUrl = httpUrl;
        this.boltUri = boltUri;
    }

    static synchronized ServedCatalog get() throws Exception {
        if (instance == null) {
            Path data = Files.createTempDirectory("mcp-it");
            CatalogGraphProcess server = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0",
                    "--data", data.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "served-catalog-stop"));
            String httpUrl = server.awaitHttpUrl(Duration.ofSeconds(180));
            URI boltUri = server.stdout().stream().map(BOLT::matcher).filter(Matcher::find).findFirst()
                    .map(m -> URI.create(m.group(1))).orElseThrow(() -> new IllegalStateException(server.output()));
            try (Driver driver = GraphDatabase.driver(boltUri, EmbeddedNeo4j.authFor(data))) {
                ContractCatalog.seed(CatalogGraph.over(new CatalogDatabase(driver)));
            }
            instance = new ServedCatalog(data, httpUrl, boltUri);
        }
        return instance;
    }

    Path data() {
        return data;
    }

    String httpUrl() {
        return httpUrl;
    }

    URI boltUri() {
        return boltUri;
    }

    /** The packaged jar, absolute, for processes started from elsewhere. */
    static String jar() {
        return CatalogGraphProcess.JAR.toAbsolutePath().toString();
    }
}
