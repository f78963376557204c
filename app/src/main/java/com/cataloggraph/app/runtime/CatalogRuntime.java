package com.cataloggraph.app.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts the application for one command. Command-line options become properties that win
 * over the environment and the properties files, as a user who typed them expects; they are in
 * place before logging starts, so {@code -v} and {@code --data} reach the logging configuration.
 */
public final class CatalogRuntime {

    /** Logger levels for {@code -v}: the application's logs, otherwise only warnings and errors. */
    private static final Map<String, Object> VERBOSE_LOGGING = Map.of(
            "logging.level.root", "info",
            "logging.level.com.cataloggraph", "info");

    private static volatile boolean verbose;

    private CatalogRuntime() {
    }

    /** {@code -v}: show the application's logs on stderr from now on. */
    public static void verbose(boolean on) {
        verbose = on;
    }

    public static boolean verbose() {
        return verbose;
    }

    /**
     * The whole application: every feature module's configuration.
     *
     * @param command    the command's name, e.g. {@code serve}; published to a second process
     * @param web        true to serve HTTP, false for a command that only needs the graph
     * @param properties options given on the command line, as Spring properties
     */
    public static ConfigurableApplicationContext start(String command, boolean web, Map<String, Object> properties) {
        return start(command, web, properties, List.of());
    }

    /** Same, with listeners that follow the start (e.g. {@link StartupStatus}). */
    public static ConfigurableApplicationContext start(String command, boolean web, Map<String, Object> properties,
                                                       List<ApplicationListener<?>> listeners) {
        Map<String, Object> cli = new HashMap<>(properties);
        if (!web) {
            // A command needs a few beans of the whole application; creating only those starts it seconds sooner.
            cli.putIfAbsent("spring.main.lazy-initialization", true);
        }
        return run(CatalogApplication.class, command, web, cli, listeners);
    }

    /**
     * Only the graph (the endpoint, the driver, the shared queries): for one-shot commands such as
     * {@code query} that need nothing of the feature modules, so they skip scanning and wiring them.
     */
    public static ConfigurableApplicationContext startGraph(String command, Map<String, Object> properties) {
        Map<String, Object> cli = new HashMap<>(properties);
        cli.putIfAbsent("spring.main.lazy-initialization", true);
        return run(GraphApplication.class, command, false, cli, List.of());
    }

    private static ConfigurableApplicationContext run(Class<?> application, String command, boolean web,
                                                      Map<String, Object> properties,
                                                      List<ApplicationListener<?>> listeners) {
        Map<String, Object> cli = new HashMap<>(properties);
        cli.put("catalog.command", command);
        if (verbose) {
            VERBOSE_LOGGING.forEach(cli::putIfAbsent);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command-line-options", cli));
        List<ApplicationListener<?>> all = new ArrayList<>(listeners);
        all.addFirst(new DataFolderPrecheck());
        return new SpringApplicationBuilder(application)
                .environment(environment)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .listeners(all.toArray(ApplicationListener<?>[]::new))
                .run();
    }
}
