package com.cataloggraph.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import com.cataloggraph.model.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphiQL in a real browser: headless Chromium loads {@code /graphiql} from the running server,
 * runs an example query by clicking GraphiQL's run button, and the answer appears in GraphiQL's
 * result pane. Everything the page loads comes from this server. Skipped only where Chromium is
 * not installed ({@code .ci/run} installs it).
 */
class GraphiQlBrowserTest extends GraphQlApiTest {

    /** GraphiQL 4 keeps its editors in CodeMirror 5, which hangs its instance on the element. */
    private static final String QUERY_TEXT =
            "document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.getValue() || null";
    private static final String RESULT_TEXT =
            "document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() || null";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HeadlessChromium browser;

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium is not installed at " + HeadlessChromium.BINARY);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void runsTheFirstExampleAndShowsWhoOwnsTheService() throws Exception {
        browser.navigate(baseUrl() + "/graphiql");

        assertThat(browser.waitFor(QUERY_TEXT).stringValue()).contains("query WhoOwnsPaymentsService");
        assertThat(browser.waitFor("document.querySelectorAll('.graphiql-tab').length === 5 || null").booleanValue())
                .isTrue();
        browser.evaluate("document.querySelector('.graphiql-execute-button').click()");

        JsonNode result = JSON.readTree(browser.waitFor(RESULT_TEXT).stringValue());
        assertThat(result).isEqualTo(JSON.readTree("""
                {
                  "data": {
                    "entity": {
                      "ref": "component:default/payments-service",
                      "owner": {
                        "ref": "group:default/payments-team",
                        "title": "Payments Team",
                        "profile": {"email": "payments@example.com"},
                        "members": [
                          {"name": "alice", "profile": {"email": "alice@example.com"}},
                          {"name": "bob", "profile": {"email": "bob@example.com"}}
                        ],
                        "parent": {"ref": "group:default/platform"}
                      }
                    }
                  }
                }
                """));
        assertThat(browser.exceptions()).isEmpty();
        // GraphiQL's stylesheet inlines its fonts as data: URLs; everything else comes from this server
        assertThat(browser.requestedUrls().stream().filter(url -> !url.startsWith("data:")))
                .contains(baseUrl() + "/graphiql/assets/graphiql-4.1.2.min.js", baseUrl() + "/graphql")
                .allSatisfy(url -> assertThat(url).startsWith(baseUrl() + "/"));
    }

    @Test
    void opensTheExampleNamedInTheAddressFirst() throws Exception {
        browser.navigate(baseUrl() + "/graphiql?example=team-services");

        assertThat(browser.waitFor(QUERY_TEXT).stringValue()).contains("query PaymentsTeamServices");
        browser.evaluate("document.querySelector('.graphiql-execute-button').click()");

        JsonNode result = JSON.readTree(browser.waitFor(RESULT_TEXT).stringValue());
        assertThat(result.at("/data/entity/owns")).isEqualTo(JSON.readTree("""
                [{"ref": "component:default/payments-service", "lifecycle": "production",
                  "system": {"ref": "system:default/payments"}, "providesApis": [{"ref": "api:default/payments-api"}]}]
                """));
    }
}
