package com.cataloggraph.graphql;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tests of the API over real HTTP against a running server on a random port. Every subclass
 * shares one application context (one per distinct configuration); each writes the graph it
 * reads in a {@code @BeforeAll}.
 */
@SpringBootTest(classes = GraphQlTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphQlApiTest {

    @LocalServerPort
    protected int port;

    protected HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        // Generous: the first query of a run warms up Neo4j and the JIT on a busy 2-core machine.
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl(baseUrl() + "/graphql")
                .responseTimeout(Duration.ofSeconds(60)).build());
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
