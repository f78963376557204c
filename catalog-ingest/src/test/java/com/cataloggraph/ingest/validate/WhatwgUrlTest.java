package com.cataloggraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Link URLs are checked as Backstage checks them, with JavaScript's {@code new URL(value)}. Every
 * verdict below is what Node.js 20's {@code new URL} answered for the same string (BackstageDifferentialIT
 * runs the real thing over every fixture).
 */
class WhatwgUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/dashboard",
            "https://example.com/a b/c",
            "https://github.com/acme/${{ values.name }}/blob/main/README.md",
            "https://example.com/${{ parameters.repoUrl | parseRepoUrl }}",
            "https://grafana.example.com/d/abc?var-service=${{ values.name }}#panel 2",
            "mailto:team@example.com",
            "slack://channel?team=T1&id=C2",
            "urn:isbn:0451450523",
            "https://example.com:8080/ok",
            "http://[::1]:3000/",
            "http://0x7f.1/",
            "https://user:pass@example.com/",
            "https://@example.com/",
            "https://xn--nxasmq6b.com/",
            "https://bücher.example/",
            " https://example.com/ ",
            "https://exam\tple.com/",
            "file:///etc/hosts",
            "file://server/share",
            "file:relative",
            "c:\\\\windows\\\\path",
            "http:example.com",
            "https:\\\\\\\\example.com\\\\path",
            "foo://[::1]/",
            "https://example.com/%zz",
            "javascript:alert(1)",
            "https://example.com:/",
            "https://a..b/",
            "https://.example.com/",
            "https://example.com./",
            "https://1.2.3/",
            "https://0/",
            "https://256/"})
    void acceptsWhatNewUrlAccepts(String url) {
        assertThat(WhatwgUrl.isValid(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "grafana/d/1",
            "/relative/path",
            "example.com",
            "https://",
            "https://exa mple.com/",
            "https://example.com:99999/",
            "http://[::1/",
            "http://[1:2:3]/",
            "http://1.2.3.4.5/",
            "http://999.1.1.1/",
            "http://foo.0x/",
            "https://exa%20mple.com/",
            "https://ex<ample.com/",
            "1http://example.com",
            "foo://exa mple/",
            "foo://host:bad/",
            "https://4294967296/",
            ""})
    void rejectsWhatNewUrlRejects(String url) {
        assertThat(WhatwgUrl.isValid(url)).as(url).isFalse();
    }
}
