package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a repository folder's {@code .git} says about it: the remote URL (origin, else the first
 * remote) and the checked-out branch. Read from the files directly, so ingesting thousands of
 * checkouts starts no processes; worktrees and submodules ({@code .git} as a file) are followed.
 *
 * @param remoteUrl the remote's URL as configured, or null
 * @param branch    the branch HEAD points at, or null when detached
 * @param commit    the commit HEAD resolves to (a loose or packed branch ref, or a detached HEAD), or null when
 *                  it cannot be read (a branch without commits)
 */
public record GitCheckout(String remoteUrl, String branch, String commit) {

    private static final java.util.regex.Pattern SHA = java.util.regex.Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    /** The checkout's git facts, or empty when the folder is not a git checkout. */
    public static Optional<GitCheckout> of(Path folder) {
        try {
            Path gitDir = gitDir(folder);
            if (gitDir == null) {
                return Optional.empty();
            }
            Path commonDir = gitDir;
            Path commonFile = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                commonDir = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize();
            }
            Path config = commonDir.resolve("config");
            String remote = Files.isRegularFile(config) ? remoteUrl(Files.readAllLines(config, StandardCharsets.UTF_8))
                    : null;
            Path head = gitDir.resolve("HEAD");
            String headText = Files.isRegularFile(head) ? Files.readString(head, StandardCharsets.UTF_8).trim() : "";
            String branch = branch(headText);
            return Optional.of(new GitCheckout(remote, branch, commit(headText, gitDir, commonDir)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path gitDir(Path folder) throws IOException {
        Path dotGit = folder.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (Files.isRegularFile(dotGit)) {
            String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
            if (pointer.startsWith("gitdir:")) {
                return folder.resolve(pointer.substring("gitdir:".length()).trim()).normalize();
            }
        }
        return null;
    }

    /** The url of {@code [remote "origin"]}, else of the first remote. */
    static String remoteUrl(List<String> config) {
        String section = null;
        String first = null;
        for (String raw : config) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            if (section == null || !section.startsWith("[remote ")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).trim().equals("url")) {
                String url = line.substring(eq + 1).trim();
                if (section.equals("[remote \"origin\"]")) {
                    return url;
                }
                if (first == null) {
                    first = url;
                }
            }
        }
        return first;
    }

    /** HEAD's commit: HEAD itself when detached, else its branch's loose ref (worktree, then common) or packed ref. */
    static String commit(String head, Path gitDir, Path commonDir) throws IOException {
        if (SHA.matcher(head).matches()) {
            return head;
        }
        if (!head.startsWith("ref: ")) {
            return null;
        }
        String ref = head.substring("ref: ".length()).trim();
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(ref).normalize();
            if (loose.startsWith(dir) && Files.isRegularFile(loose)) {
                String sha = Files.readString(loose, StandardCharsets.UTF_8).trim();
                return SHA.matcher(sha).matches() ? sha : null;
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0 && line.substring(space + 1).trim().equals(ref)
                        && SHA.matcher(line.substring(0, space)).matches()) {
                    return line.substring(0, space);
                }
            }
        }
        return null;
    }

    private static String branch(String head) {
        String text = head.trim();
        return text.startsWith("ref: refs/heads/") ? text.substring("ref: refs/heads/".length()) : null;
    }
}
