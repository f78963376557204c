package com.cataloggraph.agentsmd.publish.github;

import com.cataloggraph.agentsmd.draft.MergeResult;
import com.cataloggraph.agentsmd.publish.FileMerge;
import com.cataloggraph.agentsmd.publish.PublishException;
import com.cataloggraph.agentsmd.publish.PublishOutcome;
import com.cataloggraph.agentsmd.publish.PublishRequest;
import com.cataloggraph.agentsmd.publish.PublishResult;
import com.cataloggraph.agentsmd.publish.Publisher;
import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.HostResponse;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.PathEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Proposes a draft as a GitHub pull request through the Git database API: read the base ref,
 * create a blob and a tree on the base commit's tree, a commit on top, then create or move the
 * branch ref, then open the pull request (labels, reviewers) or update the open one. An open pull
 * request from the branch is found first and gets a fast-forward commit; it is never duplicated.
 */
public final class GitHubPublisher implements Publisher {

    private final JsonApi api;
    private final int maxReviewers;

    public GitHubPublisher(JsonApi api, int maxReviewers) {
        this.api = api;
        this.maxReviewers = maxReviewers;
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public PublishResult publish(PublishRequest request) {
        try {
            return propose(request);
        } catch (HostException e) {
            throw PublishException.from(e);
        }
    }

    private PublishResult propose(PublishRequest request) {
        String slug = request.checkout().remotePath().filter(p -> p.chars().filter(c -> c == '/').count() == 1)
                .orElseThrow(() -> new PublishException("cannot tell the GitHub repository of "
                        + request.checkout().path() + ": its remote URL is " + request.checkout().remoteUrl()));
        String owner = slug.substring(0, slug.indexOf('/'));
        String repo = "/repos/" + slug;
        String branch = request.change().branch();
        String base = text(api.get(repo), "default_branch");
        Optional<JsonNode> open = api.getAll(repo + "/pulls?state=open&head=" + PathEncoding.segment(owner + ":" + branch) + "&base="
                + PathEncoding.segment(base) + "&per_page=100").stream().findFirst();
        String baseSha = api.get(repo + "/git/ref/heads/" + base).get("object").get("sha").stringValue();
        Optional<String> branchSha = api.find(repo + "/git/ref/heads/" + branch)
                .map(ref -> ref.get("object").get("sha").stringValue());
        // Commit on top of the open pull request's branch; with none open, start again from the base.
        String parent = open.isPresent() && branchSha.isPresent() ? branchSha.get() : baseSha;
        String ref = parent.equals(baseSha) ? base : branch;
        FileMerge merge = FileMerge.of(request.files(), path -> api.find(repo + "/contents/" + PathEncoding.path(path)
                + "?ref=" + PathEncoding.segment(ref)).map(GitHubPublisher::content).orElse(null));
        String url = open.map(pr -> text(pr, "html_url")).orElse(null);
        if (merge.root() instanceof MergeResult.Refused refused) {
            return new PublishResult(PublishOutcome.SKIPPED, url, refused.reason());
        }
        String leftAlone = merge.leftAlone();
        if (merge.changed().isEmpty()) {
            return new PublishResult(PublishOutcome.UNCHANGED, url, (open.isPresent()
                    ? "pull request #" + open.get().get("number").asLong() + " already proposes this draft"
                    : request.fileName() + " on " + base + " is already up to date") + leftAlone);
        }
        String commit = commit(repo, parent, request, merge.changed());
        moveBranch(repo, branch, commit, branchSha, !parent.equals(branchSha.orElse(null)));
        if (open.isPresent()) {
            long number = open.get().get("number").asLong();
            api.write("PATCH", repo + "/pulls/" + number, Map.of("title", request.change().title(),
                    "body", request.change().description()));
            return new PublishResult(PublishOutcome.UPDATED, url, "pull request #" + number + " updated" + leftAlone);
        }
        return openPullRequest(repo, branch, base, request, leftAlone);
    }

    /** A blob per changed file, a tree on the parent's tree, a commit: those files changed and nothing else. */
    private String commit(String repo, String parent, PublishRequest request, List<FileMerge.Change> changes) {
        String tree = api.get(repo + "/git/commits/" + parent).get("tree").get("sha").stringValue();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FileMerge.Change change : changes) {
            String blob = api.write("POST", repo + "/git/blobs", Map.of("content", change.content(), "encoding",
                    "utf-8")).get("sha").stringValue();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", change.path());
            entry.put("mode", "100644");
            entry.put("type", "blob");
            entry.put("sha", blob);
            entries.add(entry);
        }
        Map<String, Object> newTree = new LinkedHashMap<>();
        newTree.put("base_tree", tree);
        newTree.put("tree", entries);
        String treeSha = api.write("POST", repo + "/git/trees", newTree).get("sha").stringValue();
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("message", request.change().commitMessage());
        commit.put("tree", treeSha);
        commit.put("parents", List.of(parent));
        return api.write("POST", repo + "/git/commits", commit).get("sha").stringValue();
    }

    /** Creates the branch, or moves it: a fast-forward on an open pull request, forced when starting over. */
    private void moveBranch(String repo, String branch, String commit, Optional<String> current, boolean force) {
        if (current.isEmpty()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("ref", "refs/heads/" + branch);
            ref.put("sha", commit);
            api.write("POST", repo + "/git/refs", ref);
        } else {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("sha", commit);
            ref.put("force", force);
            api.write("PATCH", repo + "/git/refs/heads/" + branch, ref);
        }
    }

    private PublishResult openPullRequest(String repo, String branch, String base, PublishRequest request,
                                          String leftAlone) {
        Map<String, Object> pull = new LinkedHashMap<>();
        pull.put("title", request.change().title());
        pull.put("head", branch);
        pull.put("base", base);
        pull.put("body", request.change().description());
        JsonNode pr = api.write("POST", repo + "/pulls", pull);
        long number = pr.get("number").asLong();
        if (!request.change().labels().isEmpty()) {
            api.write("POST", repo + "/issues/" + number + "/labels", Map.of("labels", request.change().labels()));
        }
        String detail = "pull request #" + number + " opened" + leftAlone;
        List<String> reviewers = request.reviewers().stream().map(r -> r.login("github.com")).distinct()
                .limit(maxReviewers).toList();
        if (!reviewers.isEmpty() || request.team() != null) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("reviewers", reviewers);
            review.put("team_reviewers", request.team() == null ? List.of() : List.of(request.team()));
            HostResponse answer = api.send("POST", repo + "/pulls/" + number + "/requested_reviewers", review);
            if (answer.status() == 422) {
                // Reviewers who are not collaborators are refused; the pull request stands without them.
                detail += "; reviewers not requested: " + answer.json("GitHub's answer").path("message").stringValue("refused");
            } else if (!answer.ok()) {
                throw new PublishException("GitHub POST " + repo + "/pulls/" + number + "/requested_reviewers answered "
                        + answer.status() + ": " + answer.errorSummary());
            }
        }
        return new PublishResult(PublishOutcome.OPENED, text(pr, "html_url"), detail);
    }

    private static String content(JsonNode file) {
        String content = text(file, "content");
        if (content == null) {
            return null;
        }
        return "base64".equals(text(file, "encoding"))
                ? new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8) : content;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

}
