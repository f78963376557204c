package com.cataloggraph.app.runtime;

import com.cataloggraph.app.neo4j.Neo4jProperties;
import java.io.PrintWriter;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Tells the person who started the server what it is doing while it starts, one line a step,
 * whatever the log level: the database starting, then up with the web server listening.
 */
public final class StartupStatus implements ApplicationListener<ApplicationEvent> {

    private final PrintWriter out;
    private final long started = System.nanoTime();

    public StartupStatus(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> {
                Neo4jProperties neo4j = Binder.get(prepared.getEnvironment())
                        .bindOrCreate("catalog.neo4j", Neo4jProperties.class);
                say(neo4j.external() ? "Connecting to Neo4j at " + neo4j.uri().trim() + " ..."
                        : "Starting the embedded database (Neo4j, data in "
                        + neo4j.data().toAbsolutePath().normalize() + ") ...");
            }
            case WebServerInitializedEvent web -> say(String.format(Locale.ROOT,
                    "Database ready, web server listening on port %d (%.1f s)", web.getWebServer().getPort(),
                    (System.nanoTime() - started) / 1e9));
            default -> {
            }
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
