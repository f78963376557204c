package com.cataloggraph.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.security.ApiTokens;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.model.testing.HeadlessChromium;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.ui.UiConfiguration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The catalog browser in a real headless Chromium against the whole server (API tokens and OIDC on, the
 * sample catalog plus a few broken descriptors ingested): one server and one browser for all of it. Skipped only where
 * Chromium is not installed ({@code .ci/run} installs it). With {@code -Dcatalog.ui.screenshots=DIR} it
 * also writes the screenshots shown in the README ({@code docs/images/}).
 */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogUiBrowserTest {

    private static final String READER_TOKEN = ApiTokens.generate();
    private static final String ADMIN_TOKEN = ApiTokens.generate();
    private static final Path CATALOG = UiTestCatalog.folder();
    /** The address the shown view was drawn for (set once drawn; the hash changes before the new view starts). */
    private static final String DRAWN = "document.querySelector('.view')?.dataset.drawn";

    @LocalServerPort
    int port;

    @Autowired
    CatalogIngester ingester;

    private static OidcProviderStub oidc;

    private HeadlessChromium browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SharedNeo4jProperties.register(registry);
        oidc = new OidcProviderStub();
        registry.add("catalog.security.oidc.issuer-uri", oidc::issuer);
        registry.add("catalog.security.oidc.jwk-set-uri", oidc::jwksUri);
        registry.add("catalog.security.oidc.audience", () -> OidcProviderStub.AUDIENCE);
        registry.add("catalog.ui.oidc.client-id", () -> OidcProviderStub.CLIENT_ID);
        registry.add("catalog.security.tokens[0].name", () -> "reader");
        registry.add("catalog.security.tokens[0].sha256", () -> ApiTokens.sha256(READER_TOKEN));
        registry.add("catalog.security.tokens[0].role", () -> "reader");
        registry.add("catalog.security.tokens[1].name", () -> "platform-admin");
        registry.add("catalog.security.tokens[1].sha256", () -> ApiTokens.sha256(ADMIN_TOKEN));
        registry.add("catalog.security.tokens[1].role", () -> "admin");
        registry.add("catalog.ingest.paths[0]", CATALOG::toString);
        // Neo4j plans each page's statements on first use and again after the ingest changed its statistics:
        // seconds each on a busy 2-core machine, so a page's first request may take longer than the default 10 s.
        registry.add("catalog.graphql.timeout", () -> "60s");
    }

    @BeforeAll
    void ingestTheCatalogAndStartTheBrowser() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.BINARY
                + " (apt-get install chromium): the catalog browser's tests are skipped");
        TestNeo4j.get().clean();
        ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(CATALOG)), OrphanStrategy.KEEP, false));
        browser = HeadlessChromium.start();
        browser.viewport(1366, 900);
    }

    @AfterAll
    void closeTheBrowserAndTheProvider() throws Exception {
        if (browser != null) {
            browser.close();
        }
        oidc.close();
    }

    @Test
    void signsInWithATokenFindsAServiceByALooseNameAndShowsItsOwnerAndTheMembersEmails() throws Exception {
        open(null, "#/");
        browser.waitFor("document.querySelector('#token-input') !== null");
        browser.click("#token-input");
        browser.type(ADMIN_TOKEN);
        browser.press("Enter");
        assertThat(browser.waitFor("document.querySelector('#session')?.textContent.includes('Signed in as') "
                + "? document.querySelector('#session').textContent : null").stringValue())
                .contains("token:platform-admin (admin)");

        browser.press("/");
        assertThat(browser.evaluate("document.activeElement.id").stringValue()).isEqualTo("search-input");
        browser.type("payment servise");
        browser.press("Enter");
        browser.waitFor(rowOf("component:default/payments-service"));
        assertThat(browser.evaluate("location.hash").stringValue()).isEqualTo("#/catalog?q=payment+servise");

        browser.click("tr[data-ref='component:default/payments-service'] td.name a");
        browser.waitFor("document.querySelector('.entity-header .ref code')?.textContent"
                + " === 'component:default/payments-service'");
        String owner = browser.waitFor("document.querySelector('section.owner')?.innerText").stringValue();
        assertThat(owner).contains("Payments Team", "payments-team@larkspur.example",
                "jonas.berg@larkspur.example", "amara.okafor@larkspur.example", "li.wei@larkspur.example");
        assertThat(browser.exceptions()).isEmpty();
    }

    @Test
    void signsInWithTheIdentityProviderByTheCodeFlowWithPkceAndComesBackToThePageAsked() throws Exception {
        open(null, "#/ingest");
        browser.click("button[data-action='oidc-sign-in']");

        assertThat(browser.waitFor("document.querySelector('#session')?.textContent.includes('Signed in as') "
                + "? document.querySelector('#session').textContent : null").stringValue())
                .contains("oidc:" + OidcProviderStub.USER + " (reader)");
        assertThat(browser.evaluate("location.pathname + location.search + location.hash").stringValue())
                .isEqualTo("/#/ingest");
        browser.waitFor("document.querySelector('#problems-heading') !== null");
        assertThat(browser.evaluate("sessionStorage.getItem('catalog-graph.token').split('.').length").intValue())
                .isEqualTo(3);
    }

    @Test
    void facetsNarrowTheTableAndTheAddressKeepsThem() throws Exception {
        signInAs(ADMIN_TOKEN, "#/catalog");
        browser.waitFor("document.querySelectorAll('table.entities tbody tr').length > 0");
        int all = browser.evaluate("document.querySelectorAll('table.entities tbody tr').length").intValue();

        browser.click("button[data-focus-key='facet:kind:component']");
        browser.waitFor(DRAWN + " === '#/catalog?kind=component'");
        List<String> kinds = column(2);
        assertThat(kinds).isNotEmpty().hasSizeLessThan(all).containsOnly("Component");

        browser.click("button[data-focus-key='facet:owner:group:default/payments-team']");
        browser.waitFor("location.hash.includes('owner=') && " + DRAWN + " === location.hash");
        assertThat(browser.evaluate("location.hash").stringValue())
                .isEqualTo("#/catalog?kind=component&owner=group%3Adefault%2Fpayments-team");
        assertThat(rowRefs()).containsExactly("component:default/fraud-scoring", "component:default/ledger-service",
                "component:default/money-lib", "component:default/payments-reconciler",
                "component:default/payments-service");
        assertThat(browser.evaluate("document.activeElement.dataset.focusKey").stringValue())
                .isEqualTo("facet:owner:group:default/payments-team");
    }

    @Test
    void drawsTheGraphOfDepthTwoAndOpensANodeOnClick() throws Exception {
        browser.forgetRequests();
        signInAs(READER_TOKEN, "#/graph/component%3Adefault%2Fpayments-service?depth=2");
        // payments-service; 1 step: ledger-service, money-lib, events-bus, payments-db (dependsOn), ledger-api
        // (consumed), checkout-service (depends on it), payments-api and payment-events (it provides); 2 steps:
        // ledger-db, fulfillment-service, payments-reconciler, checkout-db, catalog-api, fulfillment-api,
        // identity-api, storefront-web, cart-api, fraud-scoring (fixtures/sample-catalog/CATALOG.md)
        assertThat(browser.waitFor("document.querySelector('#graph-canvas')?.dataset.nodes").stringValue())
                .isEqualTo("19");
        assertThat(browser.evaluate("document.querySelectorAll('.graph-list li').length").intValue()).isEqualTo(18);

        JsonNode at = browser.evaluate("(() => { const node = window.catalogGraphView.getElementById("
                + "'component:default/checkout-service'); const box = document.querySelector('#graph-canvas')"
                + ".getBoundingClientRect(); const p = node.renderedPosition(); return {x: box.x + p.x, y: box.y + p.y};"
                + " })()");
        browser.click(at.get("x").doubleValue(), at.get("y").doubleValue());
        browser.waitFor("document.querySelector('.entity-header .ref code')?.textContent"
                + " === 'component:default/checkout-service'");
        assertThat(browser.evaluate("location.hash").stringValue())
                .isEqualTo("#/entity/component%3Adefault%2Fcheckout-service");
        assertThat(browser.requestedUrls().stream().filter(url -> !url.startsWith("data:")))
                .contains(base() + "/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs",
                        base() + "/webjars/dagre/0.8.4/dist/dagre.min.js")
                .allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
    }

    @Test
    void theIngestPageListsABrokenFileWithItsLineAndAnAdminStartsAnIngest() throws Exception {
        signInAs(ADMIN_TOKEN, "#/ingest");
        String broken = browser.waitFor("document.querySelector(\"tbody[data-file='yaml-syntax-error/catalog-info.yaml']\")"
                + "?.innerText").stringValue();
        assertThat(broken).contains("yaml-syntax-error/catalog-info.yaml:17", "yaml-syntax", "ERROR");

        browser.click("button[data-action='start-ingest']");
        assertThat(browser.waitFor("document.querySelector('[data-run-state]')?.textContent").stringValue())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aReaderTokenSeesNoAdminButtons() throws Exception {
        signInAs(READER_TOKEN, "#/ingest");
        browser.waitFor("document.querySelector('#problems-heading') !== null");

        assertThat(browser.evaluate("document.querySelectorAll('button.admin, .admin-panel').length").intValue())
                .isZero();
        assertThat(text("#session")).contains("token:reader (reader)");
    }

    @Test
    void anUnknownEntityShowsItsNearMatches() throws Exception {
        signInAs(READER_TOKEN, "#/entity/paymnts-servise");

        assertThat(browser.waitFor("document.querySelector('.not-found h1')?.textContent").stringValue())
                .isEqualTo("No entity matches “paymnts-servise”");
        assertThat(browser.evaluate("[...document.querySelectorAll('.suggestions a')].map(a => a.textContent)"
                + ".join(' ')").stringValue()).contains("component:default/payments-service");
    }

    @Test
    @EnabledIfSystemProperty(named = UiScreenshots.PROPERTY, matches = ".+")
    void writesTheScreenshotsOfEachPage() throws Exception {
        new UiScreenshots(browser, base(), ADMIN_TOKEN).writeAll(Path.of(System.getProperty(UiScreenshots.PROPERTY)));
    }

    /** Signs in as the UI does (the token kept in the tab) and opens an address. */
    private void signInAs(String token, String hash) throws Exception {
        open(token, hash);
        browser.waitFor("document.querySelector('#session')?.textContent !== ''");
    }

    /**
     * Loads the UI afresh at an address, with this token in the tab (null: none), as after a sign-in. The token
     * is set from a small document of the same origin, so no page of the UI runs before it is there.
     */
    private void open(String token, String hash) throws Exception {
        browser.navigate(base() + UiConfiguration.CONFIG_PATH);
        browser.evaluate(token == null ? "sessionStorage.clear()"
                : "sessionStorage.setItem('catalog-graph.token', '" + token + "')");
        browser.navigate(base() + "/" + hash);
    }

    private String text(String selector) throws Exception {
        return browser.evaluate("document.querySelector(\"" + selector + "\")?.textContent ?? ''").stringValue();
    }

    private List<String> column(int index) throws Exception {
        JsonNode cells = browser.evaluate("[...document.querySelectorAll('table.entities tbody tr')]"
                + ".map(row => row.children[" + (index - 1) + "].textContent)");
        return cells.valueStream().map(JsonNode::stringValue).toList();
    }

    private List<String> rowRefs() throws Exception {
        JsonNode refs = browser.evaluate("[...document.querySelectorAll('table.entities tbody tr')]"
                + ".map(row => row.dataset.ref)");
        return refs.valueStream().map(JsonNode::stringValue).toList();
    }

    private static String rowOf(String ref) {
        return "document.querySelector(\"tr[data-ref='" + ref + "']\") !== null";
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
