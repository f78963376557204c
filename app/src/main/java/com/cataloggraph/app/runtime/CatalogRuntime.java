package com.cataloggraph.app.runtime;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application for one command. Command-line options become properties that win
 * over the environment and the properties files, as a user who typed them expects.
 */
public final class CatalogRuntime {

    private CatalogRuntime() {
    }

    /**
     * @param command    the command's name, e.g. {@code serve}; published to a second process
     * @param web        true to serve HTTP, false for a command that only needs the graph
     * @param properties options given on the command line, as Spring properties
     */
    public static ConfigurableApplicationContext start(String command, boolean web, Map<String, Object> properties) {
        Map<String, Object> cli = new HashMap<>(properties);
        cli.put("catalog.command", command);
        if (!web) {
            // A command needs a few beans of the whole application; creating only those starts it seconds sooner.
            cli.putIfAbsent("spring.main.lazy-initialization", true);
        }
        return new SpringApplicationBuilder(CatalogApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("command-line-options", cli)))
                .run();
    }
}
