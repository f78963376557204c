package com.cataloggraph.app.ui;

import com.cataloggraph.model.testing.HeadlessChromium;
import com.cataloggraph.ui.UiConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes a screenshot of each page of the catalog browser, signed in as an admin, on the browser tests'
 * catalog: what the README shows. Run with {@code -Dcatalog.ui.screenshots=DIR} (docs/ui.md has the
 * command).
 */
final class UiScreenshots {

    static final String PROPERTY = "catalog.ui.screenshots";

    /** Shown once the page has drawn: nothing is loading and nothing is busy. */
    private static final String SETTLED = "document.readyState === 'complete' && !document.querySelector('[aria-busy]')"
            + " && !document.querySelector('.loading')";

    private final HeadlessChromium browser;
    private final String base;
    private final String adminToken;

    UiScreenshots(HeadlessChromium browser, String base, String adminToken) {
        this.browser = browser;
        this.base = base;
        this.adminToken = adminToken;
    }

    /** Writes {@code ui-<page>.png} into the folder for every page. */
    void writeAll(Path folder) throws Exception {
        Files.createDirectories(folder);
        browser.viewport(1366, 860);
        shoot(folder, "sign-in", null, "#/", "document.querySelector('#token-input') !== null");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("catalog", "#/catalog?kind=component");
        pages.put("search", "#/catalog?q=paymnt");
        pages.put("entity", "#/entity/component%3Adefault%2Fpayments-service");
        pages.put("team", "#/entity/group%3Adefault%2Fpayments-team");
        pages.put("system", "#/entity/system%3Adefault%2Fpayments");
        pages.put("api", "#/entity/api%3Adefault%2Fpayments-api");
        pages.put("graph", "#/graph/component%3Adefault%2Fpayments-service?depth=2");
        pages.put("blast-radius", "#/graph/resource%3Adefault%2Fpayments-db?depth=4&direction=DEPENDENTS&blast=1");
        pages.put("ingest", "#/ingest");
        pages.put("not-found", "#/entity/paymnts-servise");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String ready = page.getKey().equals("graph") || page.getKey().equals("blast-radius")
                    ? SETTLED + " && document.querySelector('#graph-canvas')?.dataset.nodes" : SETTLED;
            shoot(folder, page.getKey(), adminToken, page.getValue(), ready);
        }
    }

    /** Opens the page afresh with this token in the tab (null: none), as {@code CatalogUiBrowserTest} does. */
    private void shoot(Path folder, String name, String token, String hash, String ready) throws Exception {
        browser.navigate(base + UiConfiguration.CONFIG_PATH);
        browser.evaluate(token == null ? "sessionStorage.clear()"
                : "sessionStorage.setItem('catalog-graph.token', '" + token + "')");
        browser.navigate(base + "/" + hash);
        browser.waitFor(ready);
        // Fonts and the canvas settle, and no focus ring is left on the page.
        browser.evaluate("document.activeElement?.blur(); new Promise(resolve => setTimeout(resolve, 400))");
        Path file = folder.resolve("ui-" + name + ".png");
        try {
            Files.write(file, browser.screenshot());
        } catch (IOException e) {
            throw new IOException("Could not write " + file, e);
        }
    }
}
