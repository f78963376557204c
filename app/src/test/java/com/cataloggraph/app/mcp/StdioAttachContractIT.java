package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.process.CatalogGraphProcess;
import com.cataloggraph.mcp.contract.McpContractTest;
import com.cataloggraph.mcp.testing.TestClients;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The MCP contract over stdio: {@code catalog-graph mcp} from the packaged jar, on the data
 * folder a running {@code serve} holds, so it attaches to that server's database.
 */
class StdioAttachContractIT extends McpContractTest {

    private final List<String> stderr = new CopyOnWriteArrayList<>();

    @Override
    protected McpSyncClient connect() throws Exception {
        List<String> command = CatalogGraphProcess.command("mcp", "--data", ServedCatalog.get().data().toString());
        return TestClients.stdio(ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size()))
                .env(CatalogGraphProcess.environment())
                .build(), stderr::add);
    }

    @Test
    void attachesToTheServeHoldingTheDataFolderWithinSeconds() throws Exception {
        System.out.println("mcp (attaching to serve) answered initialize after " + startup.toMillis() + " ms");

        assertThat(stderr).anySatisfy(line -> assertThat(line).contains("connecting to it at "
                + ServedCatalog.get().boltUri()));
    }
}
