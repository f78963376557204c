package com.cataloggraph.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownProcessIT {

    @Test
    void stopsOnSigtermAndReleasesTheDataFolder(@TempDir Path data) throws Exception {
        try (CatalogGraphProcess server = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0",
                "--data", data.toString())) {
            server.awaitHttpUrl(Duration.ofMinutes(10));

            server.terminate();
            server.awaitExit(Duration.ofMinutes(5));

            assertThat(Files.exists(data.resolve("catalog-graph.instance"))).isFalse();
        }
        try (CatalogGraphProcess again = CatalogGraphProcess.start("serve", "--port", "0", "--bolt-port", "0",
                "--data", data.toString())) {
            assertThat(again.awaitHttpUrl(Duration.ofMinutes(10))).startsWith("http://127.0.0.1:");
        }
    }
}
