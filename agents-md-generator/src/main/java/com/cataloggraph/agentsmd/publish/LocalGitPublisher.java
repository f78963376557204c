package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.agentsmd.draft.MergeResult;
import com.cataloggraph.codehosts.url.RedactedUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes a draft as a branch in the checkout, pushed to its remote, with git plumbing only:
 * the commit is built in a temporary index on top of the checkout's {@code HEAD} (or on top of
 * the already pushed proposal branch), so the working tree, the index and {@code HEAD} are never
 * touched, and uncommitted work in the checkout is safe.
 */
public final class LocalGitPublisher implements Publisher {

    private final String remote;
    private final String authorName;
    private final String authorEmail;
    private final Duration timeout;

    /**
     * @param remote      the remote to push to, {@code origin}
     * @param authorName  author and committer of the commits
     * @param authorEmail their email
     */
    public LocalGitPublisher(String remote, String authorName, String authorEmail, Duration timeout) {
        this.remote = remote;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public PublishResult publish(PublishRequest request) {
        Path path = request.checkout().path();
        if (!request.checkout().isGitCheckout()) {
            throw new PublishException(path + " is not a git checkout");
        }
        Git git = new Git(path, Map.of("GIT_AUTHOR_NAME", authorName, "GIT_AUTHOR_EMAIL", authorEmail,
                "GIT_COMMITTER_NAME", authorName, "GIT_COMMITTER_EMAIL", authorEmail), timeout);
        // What is reported and stored names the remote without its credentials (a CI job token, say).
        String remoteUrl = git.tryRun("remote", "get-url", remote).map(RedactedUrl::text)
                .orElseThrow(() -> new PublishException(path + " has no remote '" + remote + "' to push to"));
        String branch = request.change().branch();
        String branchRef = "refs/heads/" + branch;
        if (git.tryRun("symbolic-ref", "--quiet", "HEAD").map(branchRef::equals).orElse(false)) {
            throw new PublishException(path + " has " + branch + " checked out; switch to the base branch first");
        }
        String head = git.tryRun("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
                .orElseThrow(() -> new PublishException(path + " has no commit to start from"));
        Optional<String> remoteTip = remoteTip(git, branchRef);
        String parent = head;
        if (remoteTip.isPresent()) {
            git.run("fetch", "--quiet", "--no-tags", remote, "+" + branchRef + ":refs/remotes/" + remote + "/" + branch);
            // Build on the open proposal when it still starts from this HEAD; else start over from HEAD.
            if (git.tryRun("merge-base", "--is-ancestor", head, remoteTip.get()).isPresent()) {
                parent = remoteTip.get();
            }
        }
        String base = parent;
        FileMerge merge = FileMerge.of(request.files(), file -> git.tryRun("cat-file", "blob", base + ":" + file)
                .orElse(null));
        if (merge.root() instanceof MergeResult.Refused refused) {
            return new PublishResult(PublishOutcome.SKIPPED, remoteUrl, refused.reason());
        }
        String leftAlone = merge.leftAlone();
        if (merge.changed().isEmpty()) {
            return new PublishResult(PublishOutcome.UNCHANGED, remoteUrl, (parent.equals(head)
                    ? request.fileName() + " at " + shortSha(head) + " is already up to date"
                    : "branch " + branch + " already proposes this draft") + leftAlone);
        }
        String commit = commit(git, parent, merge.changed(), request.change().commitMessage());
        git.run("update-ref", branchRef, commit);
        push(git, commit, branchRef, remoteTip);
        return new PublishResult(remoteTip.isPresent() ? PublishOutcome.UPDATED : PublishOutcome.OPENED,
                remoteUrl, "branch " + branch + " at " + shortSha(commit) + " pushed to " + remote + leftAlone);
    }

    private Optional<String> remoteTip(Git git, String branchRef) {
        String listing = git.run("ls-remote", "--quiet", remote, branchRef);
        return listing.isEmpty() ? Optional.empty() : Optional.of(listing.split("\\s+")[0]);
    }

    /** A commit of {@code parent}'s tree with the changed files replaced, built in a throwaway index. */
    private static String commit(Git git, String parent, List<FileMerge.Change> changes, String message) {
        Path index = null;
        try {
            index = Files.createTempFile("agents-md-index", "");
            Files.delete(index);
            Git indexed = git.with(Map.of("GIT_INDEX_FILE", index.toString()));
            indexed.run("read-tree", parent);
            for (FileMerge.Change change : changes) {
                String blob = git.run(change.content().getBytes(StandardCharsets.UTF_8), "hash-object", "-w", "--stdin");
                indexed.run("update-index", "--add", "--cacheinfo", "100644," + blob + "," + change.path());
            }
            String tree = indexed.run("write-tree");
            return git.run(message.getBytes(StandardCharsets.UTF_8), "commit-tree", tree, "-p", parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (index != null) {
                try {
                    Files.deleteIfExists(index);
                } catch (IOException ignored) {
                    // a leftover temporary index is harmless
                }
            }
        }
    }

    /** Pushes with a lease: refuses when the remote branch moved since it was read. */
    private void push(Git git, String commit, String branchRef, Optional<String> remoteTip) {
        git.run("push", "--quiet", "--force-with-lease=" + branchRef + ":" + remoteTip.orElse(""), remote,
                commit + ":" + branchRef);
    }

    private static String shortSha(String sha) {
        return sha.substring(0, Math.min(12, sha.length()));
    }
}
