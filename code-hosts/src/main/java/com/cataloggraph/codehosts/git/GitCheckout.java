package com.cataloggraph.codehosts.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A git checkout's facts, read from its {@code .git} directly, so reading thousands of checkouts starts no process.
 * Remote URLs are kept as configured (they may carry credentials): pass them through
 * {@link com.cataloggraph.codehosts.url.RedactedUrl} before storing, logging or printing one.
 *
 * @param remotes the {@code url} of each {@code [remote "NAME"]}, in the order the config lists them
 * @param branch  the branch HEAD points at, or null when detached
 * @param commit  the commit HEAD is at (40 hex digits), or null when it cannot be told (an empty repository)
 */
public record GitCheckout(Map<String, String> remotes, String branch, String commit) {

    private static final Pattern REMOTE_SECTION = Pattern.compile("^\\[remote\\s+\"([^\"]+)\"\\]$");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    /** Git's own small files (config, HEAD, refs) are read only up to this size: a checkout is untrusted input too. */
    static final int MAX_GIT_FILE_BYTES = 1024 * 1024;

    /** {@code packed-refs} grows with tags and branches; past this it is not read (HEAD's commit stays unknown). */
    static final int MAX_PACKED_REFS_BYTES = 64 * 1024 * 1024;

    public GitCheckout {
        remotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(remotes));
    }

    /** The checkout's git facts, or empty when the folder is not a git checkout (or its {@code .git} cannot be read). */
    public static Optional<GitCheckout> of(Path folder) {
        try {
            Path gitDir = gitDir(folder);
            if (gitDir == null) {
                return Optional.empty();
            }
            Path commonDir = gitDir;
            Path commonFile = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                commonDir = gitDir.resolve(small(commonFile, MAX_GIT_FILE_BYTES).strip()).normalize();
            }
            Path config = commonDir.resolve("config");
            Map<String, String> remotes = Files.isRegularFile(config)
                    ? remotes(small(config, MAX_GIT_FILE_BYTES).lines().toList()) : Map.of();
            Path head = gitDir.resolve("HEAD");
            String headText = Files.isRegularFile(head) ? small(head, MAX_GIT_FILE_BYTES).strip() : "";
            String branch = headText.startsWith("ref: refs/heads/") ? headText.substring("ref: refs/heads/".length())
                    : null;
            return Optional.of(new GitCheckout(remotes, branch, commit(headText, gitDir, commonDir)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The URL of the named remote, as configured. */
    public Optional<String> remoteUrl(String name) {
        return Optional.ofNullable(remotes.get(name));
    }

    /** The URL of {@code origin}, else of the first remote, as configured. */
    public Optional<String> defaultRemoteUrl() {
        return remoteUrl("origin").or(() -> remotes.values().stream().findFirst());
    }

    private static Path gitDir(Path folder) throws IOException {
        Path dotGit = folder.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (Files.isRegularFile(dotGit)) {
            String pointer = small(dotGit, MAX_GIT_FILE_BYTES).strip();
            if (pointer.startsWith("gitdir:")) {
                return folder.resolve(pointer.substring("gitdir:".length()).strip()).normalize();
            }
        }
        return null;
    }

    /** Every remote's {@code url}, in order; the first {@code url} of a section counts. */
    static Map<String, String> remotes(List<String> config) {
        Map<String, String> remotes = new LinkedHashMap<>();
        String section = null;
        for (String raw : config) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                Matcher remote = REMOTE_SECTION.matcher(line);
                section = remote.matches() ? remote.group(1) : null;
                continue;
            }
            int eq = line.indexOf('=');
            if (section != null && eq > 0 && line.substring(0, eq).strip().equals("url")) {
                remotes.putIfAbsent(section, line.substring(eq + 1).strip());
            }
        }
        return remotes;
    }

    /** HEAD's commit: HEAD itself when detached, else its ref as a loose file or in {@code packed-refs}. */
    private static String commit(String head, Path gitDir, Path commonDir) throws IOException {
        if (SHA.matcher(head).matches()) {
            return head;
        }
        if (!head.startsWith("ref: ")) {
            return null;
        }
        String ref = head.substring("ref: ".length()).strip();
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String sha = small(loose, MAX_GIT_FILE_BYTES).strip();
                return SHA.matcher(sha).matches() ? sha : null;
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : small(packed, MAX_PACKED_REFS_BYTES).lines().toList()) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].equals(ref) && SHA.matcher(parts[0]).matches()) {
                    return parts[0];
                }
            }
        }
        return null;
    }

    /** A git file's text; one larger than {@code limit} is not read and makes the folder no checkout. */
    private static String small(Path file, int limit) throws IOException {
        if (Files.size(file) > limit) {
            throw new IOException(file + " is larger than " + limit + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }
}
