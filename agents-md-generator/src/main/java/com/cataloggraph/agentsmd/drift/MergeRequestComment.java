package com.cataloggraph.agentsmd.drift;

import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.PathEncoding;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The one comment this tool keeps on a merge request: found by its {@link DriftReport#COMMENT_MARKER} among the
 * comments (every page), updated in place when the text changed, created only when there is something to say.
 * GitLab: {@code GET|POST /projects/:id/merge_requests/:iid/notes}, {@code PUT .../notes/:note_id}; GitHub:
 * {@code GET|POST /repos/{owner}/{repo}/issues/{number}/comments}, {@code PATCH .../issues/comments/{id}}.
 */
public final class MergeRequestComment {

    private static final Pattern GITLAB = Pattern.compile("gitlab:(.+)!(\\d+)");
    private static final Pattern GITHUB = Pattern.compile("github:([^/\\s]+/[^/#\\s]+)#(\\d+)");

    /** What happened to the comment. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, NOT_NEEDED }

    private final JsonApi api;
    private final String kind;
    private final String listTarget;
    private final String itemPrefix;

    private MergeRequestComment(JsonApi api, String kind, String listTarget, String itemPrefix) {
        this.api = api;
        this.kind = kind;
        this.listTarget = listTarget;
        this.itemPrefix = itemPrefix;
    }

    /**
     * @param target {@code gitlab:GROUP/PROJECT!IID} or {@code github:OWNER/REPO#NUMBER}
     * @param apis   the API of a host kind ({@code gitlab}, {@code github})
     * @throws IllegalArgumentException for another form
     */
    public static MergeRequestComment on(String target, java.util.function.Function<String, JsonApi> apis) {
        Matcher gitlab = GITLAB.matcher(target);
        if (gitlab.matches()) {
            String base = "/projects/" + PathEncoding.segment(gitlab.group(1)) + "/merge_requests/" + gitlab.group(2)
                    + "/notes";
            return new MergeRequestComment(apis.apply("gitlab"), "gitlab", base + "?sort=asc&order_by=created_at"
                    + "&per_page=100", base + "/");
        }
        Matcher github = GITHUB.matcher(target);
        if (github.matches()) {
            String repo = "/repos/" + PathEncoding.path(github.group(1));
            return new MergeRequestComment(apis.apply("github"), "github", repo + "/issues/" + github.group(2)
                    + "/comments?per_page=100", repo + "/issues/comments/");
        }
        throw new IllegalArgumentException("--comment takes gitlab:GROUP/PROJECT!IID or github:OWNER/REPO#NUMBER, was '"
                + target + "'");
    }

    /**
     * Puts {@code body} on the merge request.
     *
     * @param needed whether to create the comment when there is none yet (an all-clear is posted only over an
     *               earlier warning, never on its own)
     */
    public Outcome put(String body, boolean needed) {
        try {
            Optional<JsonNode> mine = api.getAll(listTarget).stream()
                    .filter(note -> !note.path("system").asBoolean(false))
                    .filter(note -> note.path("body").stringValue("").startsWith(DriftReport.COMMENT_MARKER))
                    .findFirst();
            if (mine.isPresent()) {
                if (body.equals(mine.get().path("body").stringValue(""))) {
                    return Outcome.UNCHANGED;
                }
                api.write(kind.equals("gitlab") ? "PUT" : "PATCH", itemPrefix + mine.get().path("id").asLong(),
                        Map.of("body", body));
                return Outcome.UPDATED;
            }
            if (!needed) {
                return Outcome.NOT_NEEDED;
            }
            api.write("POST", listTarget.substring(0, listTarget.indexOf('?')), Map.of("body", body));
            return Outcome.CREATED;
        } catch (HostException e) {
            throw new IllegalStateException("cannot comment on the merge request: " + e.getMessage(), e);
        }
    }
}
