package com.cataloggraph.agentsmd.publish.gitlab;

import com.cataloggraph.agentsmd.draft.MergeResult;
import com.cataloggraph.agentsmd.publish.FileMerge;
import com.cataloggraph.agentsmd.publish.PublishException;
import com.cataloggraph.agentsmd.publish.PublishOutcome;
import com.cataloggraph.agentsmd.publish.PublishRequest;
import com.cataloggraph.agentsmd.publish.PublishResult;
import com.cataloggraph.agentsmd.publish.Publisher;
import com.cataloggraph.agentsmd.publish.Reviewer;
import com.cataloggraph.codehosts.http.HostException;
import com.cataloggraph.codehosts.http.JsonApi;
import com.cataloggraph.codehosts.http.PathEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Proposes a draft as a GitLab merge request. An open merge request from the proposal branch to
 * the default branch is found first (all pages) and updated with a new commit, never duplicated;
 * otherwise one commits-API call creates the branch from the default branch with the commit,
 * and the merge request follows with title, description, labels and reviewers from the owning
 * team who have GitLab accounts.
 */
public final class GitLabPublisher implements Publisher {

    private final JsonApi api;
    private final int maxReviewers;
    /** Login to user id (or -1 for none), shared by the repositories of a run. */
    private final Map<String, Long> userIds = new ConcurrentHashMap<>();

    public GitLabPublisher(JsonApi api, int maxReviewers) {
        this.api = api;
        this.maxReviewers = maxReviewers;
    }

    @Override
    public String name() {
        return "gitlab";
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
        String path = request.checkout().remotePath().orElseThrow(() -> new PublishException("cannot tell the GitLab "
                + "project of " + request.checkout().path() + ": its remote URL is " + request.checkout().remoteUrl()));
        String project = "/projects/" + PathEncoding.segment(path);
        String branch = request.change().branch();
        String defaultBranch = text(api.get(project), "default_branch");
        Optional<JsonNode> open = api.getAll(project + "/merge_requests?state=opened&source_branch=" + PathEncoding.segment(branch)
                        + "&per_page=100").stream()
                .filter(mr -> defaultBranch.equals(text(mr, "target_branch")) && branch.equals(text(mr, "source_branch")))
                .findFirst();
        String ref = open.isPresent() ? branch : defaultBranch;
        FileMerge merge = FileMerge.of(request.files(), file -> api.find(project + "/repository/files/"
                + PathEncoding.segment(file) + "?ref=" + PathEncoding.segment(ref)).map(GitLabPublisher::content)
                .orElse(null));
        String webUrl = open.map(mr -> text(mr, "web_url")).orElse(null);
        if (merge.root() instanceof MergeResult.Refused refused) {
            return new PublishResult(PublishOutcome.SKIPPED, webUrl, refused.reason());
        }
        String leftAlone = merge.leftAlone();
        if (merge.changed().isEmpty()) {
            return new PublishResult(PublishOutcome.UNCHANGED, webUrl, (open.isPresent()
                    ? "merge request !" + open.get().get("iid").asLong() + " already proposes this draft"
                    : request.fileName() + " on " + defaultBranch + " is already up to date") + leftAlone);
        }
        commit(project, request, branch, defaultBranch, open.isEmpty(), merge.changed());
        if (open.isPresent()) {
            long iid = open.get().get("iid").asLong();
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("title", request.change().title());
            update.put("description", request.change().description());
            // add_labels keeps labels people added since; reviewers are left as people set them.
            update.put("add_labels", String.join(",", request.change().labels()));
            api.write("PUT", project + "/merge_requests/" + iid, update);
            return new PublishResult(PublishOutcome.UPDATED, webUrl, "merge request !" + iid + " updated" + leftAlone);
        }
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("source_branch", branch);
        create.put("target_branch", defaultBranch);
        create.put("title", request.change().title());
        create.put("description", request.change().description());
        create.put("labels", String.join(",", request.change().labels()));
        create.put("reviewer_ids", reviewerIds(request.reviewers()));
        create.put("remove_source_branch", true);
        JsonNode mr = api.write("POST", project + "/merge_requests", create);
        return new PublishResult(PublishOutcome.OPENED, text(mr, "web_url"),
                "merge request !" + mr.get("iid").asLong() + " opened" + leftAlone);
    }

    /**
     * One call: the commit with an action per changed file, and with {@code start_branch} the branch too (reset
     * to the default branch if stale).
     */
    private void commit(String project, PublishRequest request, String branch, String defaultBranch, boolean newBranch,
                        List<FileMerge.Change> changes) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (FileMerge.Change change : changes) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("action", change.exists() ? "update" : "create");
            action.put("file_path", change.path());
            action.put("content", change.content());
            actions.add(action);
        }
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("branch", branch);
        if (newBranch) {
            commit.put("start_branch", defaultBranch);
            commit.put("force", true);
        }
        commit.put("commit_message", request.change().commitMessage());
        commit.put("actions", actions);
        api.write("POST", project + "/repository/commits", commit);
    }

    /** GitLab user ids of the first reviewers whose login names an active GitLab user. */
    private List<Long> reviewerIds(List<Reviewer> reviewers) {
        List<Long> ids = new ArrayList<>();
        for (Reviewer reviewer : reviewers) {
            if (ids.size() >= maxReviewers) {
                break;
            }
            String login = reviewer.login("gitlab.com");
            long id = userIds.computeIfAbsent(login, this::lookUp);
            if (id >= 0 && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private long lookUp(String login) {
        for (JsonNode user : api.getAll("/users?username=" + PathEncoding.segment(login))) {
            if (login.equalsIgnoreCase(text(user, "username")) && "active".equals(text(user, "state"))) {
                return user.get("id").asLong();
            }
        }
        return -1;
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
