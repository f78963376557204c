package com.cataloggraph.codehosts.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a paged list: follows {@code Link: <...>; rel="next"} (GitHub, GitLab's keyset paging) or, without one,
 * GitLab's {@code X-Next-Page} by setting {@code page=N} in the query, until there is no next page. A next-page
 * link to another origin is refused (the client's credentials would go with it).
 */
public final class Pages {

    private static final Pattern PAGE = Pattern.compile("([?&])page=[^&]*");

    private final HostClient client;
    private final int maxPages;

    /** @param maxPages pages read at most before failing: a listing that never ends must not run forever */
    public Pages(HostClient client, int maxPages) {
        this.client = client;
        this.maxPages = maxPages;
    }

    /**
     * Every item of every page, in order.
     *
     * @param what     names the list in errors, e.g. {@code the projects of group acme}
     * @param accepted judges each page's response: returns an error message to fail with, or empty to go on
     * @throws HostException when a page is refused, is not a JSON list, or there are more than {@code maxPages}
     */
    public List<JsonNode> all(String firstTarget, String what, Function<HostResponse, Optional<String>> accepted) {
        List<JsonNode> items = new ArrayList<>();
        forEach(firstTarget, what, accepted, page -> page.values().forEach(items::add));
        return items;
    }

    /** Like {@link #all} but hands over each page's JSON array as it arrives. */
    public void forEach(String firstTarget, String what, Function<HostResponse, Optional<String>> accepted,
                        java.util.function.Consumer<JsonNode> pages) {
        String target = firstTarget;
        for (int read = 0; target != null; read++) {
            if (read == maxPages) {
                throw new HostException(HostException.Reason.MALFORMED, client.name() + " has more than " + maxPages
                        + " pages of " + what);
            }
            HostResponse response = client.get(target);
            Optional<String> refused = accepted.apply(response);
            if (refused.isPresent()) {
                throw HostException.answered(refused.get(), response.status());
            }
            JsonNode body = response.json(client.name() + "'s list of " + what);
            if (!body.isArray()) {
                throw new HostException(HostException.Reason.MALFORMED, client.name() + "'s list of " + what
                        + " is not a JSON array");
            }
            pages.accept(body);
            target = next(response).map(URI::toString).orElse(null);
        }
    }

    /** The next page's URL, if the response names one; on the API's origin only. */
    public Optional<URI> next(HostResponse response) {
        Optional<URI> link = LinkHeader.next(response.header("link").orElse(null));
        if (link.isPresent()) {
            if (!ApiOrigin.same(client.base(), link.get())) {
                throw new HostException(HostException.Reason.FOREIGN_ORIGIN, client.name() + "'s next-page link "
                        + link.get() + " leaves " + client.base() + "; not following it");
            }
            return link;
        }
        Optional<String> page = response.header("x-next-page").map(String::strip).filter(value -> !value.isEmpty());
        return page.map(number -> withPage(response.uri(), number));
    }

    private static URI withPage(URI uri, String page) {
        String text = uri.toString();
        Matcher matcher = PAGE.matcher(text);
        if (matcher.find()) {
            return URI.create(matcher.replaceFirst("$1page=" + PathEncoding.segment(page)));
        }
        return URI.create(text + (uri.getRawQuery() == null ? "?" : "&") + "page=" + PathEncoding.segment(page));
    }
}
