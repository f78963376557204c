package com.cataloggraph.app.runtime;

import com.cataloggraph.app.neo4j.Neo4jEndpoint;
import com.cataloggraph.app.neo4j.Neo4jProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Refuses a held data folder as soon as the configuration is known, before a single bean or the
 * web server is created: a second {@code serve} on a folder stops at once with one line saying
 * how to reach the first, instead of after a whole application start.
 */
final class DataFolderPrecheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Neo4jProperties properties = Binder.get(event.getEnvironment())
                .bindOrCreate("catalog.neo4j", Neo4jProperties.class);
        Neo4jEndpoint.refuseIfHeld(properties);
    }

    /** After the properties files and the environment are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
