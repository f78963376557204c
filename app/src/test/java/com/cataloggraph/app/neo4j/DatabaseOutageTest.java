package com.cataloggraph.app.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.model.store.CatalogDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external Neo4j that is down when the server starts, comes up, goes away and returns: the
 * server starts anyway, says DOWN and why, fails requests fast, and recovers by itself.
 */
class DatabaseOutageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void survivesADatabaseThatIsDownAtStartAndGoesAwayLater(@TempDir Path data) throws Exception {
        int boltPort = freePort();
        Map<String, Object> properties = Map.of(
                "catalog.neo4j.uri", "bolt://127.0.0.1:" + boltPort,
                "catalog.neo4j.username", BoltPassword.USER,
                // The database started below on this folder takes this password.
                "catalog.neo4j.password", BoltPassword.readOrCreate(data),
                "catalog.neo4j.connection-timeout", "1s",
                "catalog.neo4j.max-retry-time", "1s",
                "server.port", 0);
        try (ConfigurableApplicationContext app = CatalogRuntime.start("serve", true, properties)) {
            String health = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                    + "/actuator/health";
            CatalogDatabase database = app.getBean(CatalogDatabase.class);

            HttpResponse<String> down = get(health);
            assertThat(down.statusCode()).isEqualTo(503);
            // Without authentication configured nobody is admin, so health shows no details (issue 16).
            assertThat(down.body()).contains("\"neo4j\":{").contains("\"status\":\"DOWN\"")
                    .doesNotContain("ServiceUnavailableException");
            long started = System.nanoTime();
            assertThatThrownBy(() -> database.read(tx -> tx.run("RETURN 1").single()))
                    .isInstanceOf(ServiceUnavailableException.class);
            System.out.printf("request failed after %d ms with the database down%n",
                    (System.nanoTime() - started) / 1_000_000);

            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, boltPort, 64L * 1024 * 1024)) {
                awaitStatus(health, response -> response.statusCode() == 200);
                awaitTrue(() -> app.getBean(SchemaBootstrap.class).applied());
                long constraints = database.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name "
                        + "WHERE name = 'entity_ref' RETURN count(*) AS c").single().get("c").asLong());
                assertThat(constraints).isEqualTo(1L);
            }
            awaitStatus(health, response -> response.statusCode() == 503);

            try (EmbeddedNeo4j again = EmbeddedNeo4j.start(data, boltPort, 64L * 1024 * 1024)) {
                awaitStatus(health, response -> response.statusCode() == 200);
                int answer = database.read(tx -> tx.run("RETURN 42 AS answer").single().get("answer").asInt());
                assertThat(answer).isEqualTo(42);
            }
        }
    }

    private void awaitStatus(String url, Predicate<HttpResponse<String>> condition) throws Exception {
        awaitTrue(() -> {
            try {
                return condition.test(get(url));
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
