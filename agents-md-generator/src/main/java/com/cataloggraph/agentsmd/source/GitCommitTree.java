package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.publish.Git;
import com.cataloggraph.agentsmd.publish.PublishException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A commit of a local repository as a {@link RepositoryTree}: {@code git ls-tree -r -l -z} lists its files with
 * sizes, and {@code git cat-file blob} reads only the files a detector asks for. The working tree is not looked
 * at, so two commits of one checkout can be compared without checking either out.
 */
public final class GitCommitTree {

    private static final String SYMLINK = "120000";

    private GitCommitTree() {
    }

    /**
     * @param checkout a git working copy (or bare repository)
     * @param revision a commit, branch or tag
     * @throws IllegalArgumentException when the revision does not name a commit there
     */
    public static RepositoryTree at(Path checkout, String revision, Duration timeout) {
        Git git = new Git(checkout, Map.of(), timeout);
        String commit = git.tryRun("rev-parse", "--verify", "--quiet", revision + "^{commit}")
                .filter(sha -> !sha.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("'" + revision + "' is not a commit in " + checkout));
        Map<String, String> blobs = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        String listing = new String(git.bytes("ls-tree", "-r", "-l", "-z", "--full-tree", commit),
                StandardCharsets.UTF_8);
        for (String entry : listing.split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).trim().split(" +");
            if (meta.length < 4 || !"blob".equals(meta[1]) || SYMLINK.equals(meta[0])) {
                continue;
            }
            String path = entry.substring(tab + 1);
            blobs.put(path, meta[2]);
            sizes.put(path, Long.parseLong(meta[3]));
        }
        return RepositoryTree.of(checkout.toAbsolutePath().normalize().getFileName().toString(), sizes,
                (path, maxBytes) -> {
                    String sha = blobs.get(path);
                    if (sha == null) {
                        return Optional.empty();
                    }
                    try {
                        byte[] content = git.bytes("cat-file", "blob", sha);
                        return Optional.of(content.length <= maxBytes ? content
                                : Arrays.copyOf(content, (int) maxBytes));
                    } catch (PublishException e) {
                        return Optional.empty();
                    }
                });
    }
}
