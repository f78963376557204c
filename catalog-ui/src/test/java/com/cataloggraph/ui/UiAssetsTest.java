package com.cataloggraph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages as built: every module, stylesheet, query and WebJar file they name is on the classpath, so a
 * missing file cannot first show up as a blank page; and nothing is loaded from another host.
 */
class UiAssetsTest {

    private static final String ROOT = "META-INF/resources";
    private static final Pattern IMPORT = Pattern.compile("(?:import\\s*(?:\\{[^}]*}|\\w+)?\\s*(?:from)?\\s*|import\\()"
            + "'(\\.{1,2}/[^']+\\.js)'");
    /**
     * The query files a page names: {@code run(what, 'name', ...)}, {@code run(what, ['name', 'fragments'], ...)}, or
     * the admin buttons' {@code start(KIND, 'name', ...)}.
     */
    private static final Pattern QUERY = Pattern.compile(
            "(?:run|start)\\([^;]*?(?:'([a-z-]+)'(?:,|\\))|\\[('[a-z-]+'(?:,\\s*'[a-z-]+')*)\\])", Pattern.DOTALL);
    private static final Pattern WEBJAR = Pattern.compile("'(/webjars/[^']+)'");
    private static final Pattern FOREIGN = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//|https?://[\\w.-]+/");

    @Test
    void theShellLoadsTheAppAndItsStylesheet() throws IOException {
        String index = read("/index.html");

        assertThat(index).contains("<script type=\"module\" src=\"/ui/js/app.js\"></script>",
                "<link rel=\"stylesheet\" href=\"/ui/app.css\">");
        assertThat(exists("/ui/app.css")).isTrue();
    }

    @Test
    void everyModuleTheAppImportsExists() throws IOException {
        Set<String> modules = modules();

        assertThat(modules).contains("/ui/js/app.js", "/ui/js/api.js", "/ui/js/pages/catalog.js",
                "/ui/js/pages/entity.js", "/ui/js/pages/graph.js", "/ui/js/pages/ingest.js", "/ui/js/vendor.js");
        for (String module : modules) {
            assertThat(exists(module)).as(module).isTrue();
        }
    }

    @Test
    void everyQueryThePagesRunIsAFileBesideThem() throws IOException {
        Set<String> queries = new LinkedHashSet<>();
        for (String module : modules()) {
            Matcher matcher = QUERY.matcher(read(module));
            while (matcher.find()) {
                String names = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                for (String name : names.split(",")) {
                    queries.add(name.strip().replace("'", ""));
                }
            }
        }

        assertThat(queries).contains("viewer", "catalog-list", "catalog-search", "catalog-fragments", "entity-page",
                "neighbourhood", "ingest-page", "start-ingest", "start-agents-md-run", "run");
        for (String query : queries) {
            assertThat(exists("/ui/queries/" + query + ".graphql")).as(query).isTrue();
        }
    }

    @Test
    void theGraphLibrariesComeFromTheWebJarsOnTheClasspath() throws IOException {
        Matcher matcher = WEBJAR.matcher(read("/ui/js/vendor.js"));
        Set<String> files = new LinkedHashSet<>();
        while (matcher.find()) {
            files.add(matcher.group(1));
        }

        assertThat(files).containsExactly("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs",
                "/webjars/dagre/0.8.4/dist/dagre.min.js");
        for (String file : files) {
            assertThat(exists(file)).as(file).isTrue();
        }
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws IOException {
        for (String file : modules()) {
            assertThat(FOREIGN.matcher(read(file)).find()).as(file).isFalse();
        }
        assertThat(FOREIGN.matcher(read("/index.html")).find()).isFalse();
        assertThat(FOREIGN.matcher(read("/ui/app.css")).find()).isFalse();
    }

    private static Set<String> modules() throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add("/ui/js/app.js");
        while (!pending.isEmpty()) {
            String module = pending.removeFirst();
            if (!seen.add(module) || !exists(module)) {
                continue;
            }
            Matcher matcher = IMPORT.matcher(read(module));
            while (matcher.find()) {
                pending.add(resolve(module, matcher.group(1)));
            }
        }
        return seen;
    }

    private static String resolve(String from, String relative) {
        String folder = from.substring(0, from.lastIndexOf('/'));
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                folder = folder.substring(0, folder.lastIndexOf('/'));
            } else if (!part.equals(".")) {
                folder = folder + "/" + part;
            }
        }
        return folder;
    }

    private static boolean exists(String path) {
        return UiAssetsTest.class.getClassLoader().getResource(ROOT + path) != null;
    }

    private static String read(String path) throws IOException {
        try (InputStream in = UiAssetsTest.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
