package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
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
 */
public record GitCheckout(String remoteUrl, String branch) {

    /** Git's own small files are read only up to this size: a checkout is untrusted input too. */
    static final int MAX_GIT_FILE_BYTES = 1024 * 1024;

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
                commonDir = gitDir.resolve(small(commonFile).trim()).normalize();
            }
            Path config = commonDir.resolve("config");
            String remote = Files.isRegularFile(config) ? remoteUrl(small(config).lines().toList()) : null;
            Path head = gitDir.resolve("HEAD");
            String branch = Files.isRegularFile(head) ? branch(small(head)) : null;
            return Optional.of(new GitCheckout(remote, branch));
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
            String pointer = small(dotGit).trim();
            if (pointer.startsWith("gitdir:")) {
                return folder.resolve(pointer.substring("gitdir:".length()).trim()).normalize();
            }
        }
        return null;
    }

    /** A git file's text; one larger than git writes is not read (and makes the folder no checkout). */
    private static String small(Path file) throws IOException {
        if (Files.size(file) > MAX_GIT_FILE_BYTES) {
            throw new IOException(file + " is larger than " + MAX_GIT_FILE_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_GIT_FILE_BYTES), StandardCharsets.UTF_8);
        }
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

    private static String branch(String head) {
        String text = head.trim();
        return text.startsWith("ref: refs/heads/") ? text.substring("ref: refs/heads/".length()) : null;
    }
}
