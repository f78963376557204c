package com.cataloggraph.graphql.graphiql;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves GraphiQL under {@value #PATH}: the page, its vendored assets and the example queries.
 * Spring Boot's own GraphiQL page ({@code spring.graphql.graphiql.enabled}) loads everything from
 * esm.sh, which closed networks cannot reach; leave that one off. A security filter protecting
 * the API covers {@code /graphql} and {@value #PATH}/**.
 */
@Configuration(proxyBeanMethods = false)
public class GraphiQlConfiguration {

    public static final String PATH = "/graphiql";

    @Bean
    RouterFunction<ServerResponse> graphiQlRouterFunction(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        GraphiQlHandler page = new GraphiQlHandler(graphQlPath, null, new ClassPathResource("graphiql/index.html"));
        List<GraphiQlExample> examples = GraphiQlExamples.load();
        // Asset names carry their versions, so browsers may keep them.
        CacheControl assets = CacheControl.maxAge(Duration.ofDays(30)).cachePublic();
        return RouterFunctions.route()
                .GET(PATH, page::handleRequest)
                .GET(PATH + "/examples", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(examples))
                .add(RouterFunctions.resources(PATH + "/assets/**", new ClassPathResource("graphiql/assets/"),
                        (resource, headers) -> headers.setCacheControl(assets)))
                .build();
    }
}
