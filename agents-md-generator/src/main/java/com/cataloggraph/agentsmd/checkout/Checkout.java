package com.cataloggraph.agentsmd.checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository checkout: its folder (whose name the catalog records as {@code repository}) and
 * the URL of its {@code origin} remote, read from the git configuration without running git.
 *
 * @param name      the folder name
 * @param path      the folder
 * @param remoteUrl the URL of the named remote, or null when there is none (or it is not a git checkout)
 */
public record Checkout(String name, Path path, String remoteUrl) {

    private static final Pattern REMOTE_SECTION = Pattern.compile("^\\s*\\[remote\\s+\"([^\"]+)\"\\]\\s*$");
    private static final Pattern URL = Pattern.compile("^\\s*url\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");

    /** The checkout at this folder, with the URL of the remote named {@code remote}. */
    public static Checkout at(Path path, String remote) {
        Path folder = path.toAbsolutePath().normalize();
        return new Checkout(folder.getFileName().toString(), folder, remoteUrl(folder, remote).orElse(null));
    }

    public boolean isGitCheckout() {
        return Files.exists(path.resolve(".git"));
    }

    /** {@code group/sub/project} of the remote, as GitLab and GitHub name it, if the URL has one. */
    public Optional<String> remotePath() {
        return hostAndPath().map(hostPath -> hostPath.substring(hostPath.indexOf('/') + 1));
    }

    /** {@code host/group/project} without scheme, credentials or {@code .git}. */
    private Optional<String> hostAndPath() {
        if (remoteUrl == null) {
            return Optional.empty();
        }
        String url = remoteUrl;
        String hostPath;
        int scheme = url.indexOf("://");
        if (scheme > 0) {
            String rest = url.substring(scheme + 3);
            int at = rest.indexOf('@');
            int slash = rest.indexOf('/');
            if (at >= 0 && (slash < 0 || at < slash)) {
                rest = rest.substring(at + 1);
            }
            hostPath = rest.replaceFirst(":\\d+/", "/");
        } else {
            Matcher scp = SCP_LIKE.matcher(url);
            if (!scp.matches()) {
                return Optional.empty();
            }
            hostPath = scp.group(1) + "/" + scp.group(2);
        }
        hostPath = hostPath.replaceAll("/+$", "");
        if (hostPath.endsWith(".git")) {
            hostPath = hostPath.substring(0, hostPath.length() - 4);
        }
        return hostPath.indexOf('/') > 0 ? Optional.of(hostPath) : Optional.empty();
    }

    private static Optional<String> remoteUrl(Path folder, String remote) {
        Optional<Path> config = configFile(folder);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        try {
            String section = null;
            for (String line : Files.readAllLines(config.get())) {
                Matcher header = REMOTE_SECTION.matcher(line);
                if (header.matches()) {
                    section = header.group(1);
                } else if (line.strip().startsWith("[")) {
                    section = null;
                } else if (remote.equals(section)) {
                    Matcher url = URL.matcher(line);
                    if (url.matches()) {
                        return Optional.of(url.group(1));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code .git/config}, following a {@code .git} file (worktrees, submodules) to the common directory. */
    private static Optional<Path> configFile(Path folder) {
        Path dotGit = folder.resolve(".git");
        try {
            if (Files.isDirectory(dotGit)) {
                return Optional.of(dotGit.resolve("config")).filter(Files::exists);
            }
            if (Files.isRegularFile(dotGit)) {
                String pointer = Files.readString(dotGit).strip();
                if (!pointer.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                Path gitDir = folder.resolve(pointer.substring("gitdir:".length()).strip()).normalize();
                Path common = gitDir;
                Path commonDir = gitDir.resolve("commondir");
                if (Files.exists(commonDir)) {
                    common = gitDir.resolve(Files.readString(commonDir).strip()).normalize();
                }
                return Optional.of(common.resolve("config")).filter(Files::exists);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
