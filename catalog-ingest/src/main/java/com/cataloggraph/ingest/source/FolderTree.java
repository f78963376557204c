package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A folder on disk: either a folder of repository checkouts (each top-level folder one repository)
 * or one repository. Links are never followed out of the folder.
 */
public final class FolderTree implements SourceTree {

    /** How the folder maps to repositories. */
    public enum Layout {
        /** Each top-level folder is a repository checkout. */
        REPOSITORIES,
        /** The folder is (part of) one repository. */
        REPOSITORY
    }

    private final Path root;
    private final Path realRoot;
    private final Layout layout;
    private final RepositoryInfo single;
    private final ScanSettings.DescriptorMatcher matcher;
    private final Map<String, RepositoryInfo> repositories = new ConcurrentHashMap<>();
    private final SubfolderCount subfolders;

    /**
     * @param single for {@link Layout#REPOSITORY}, the repository (its name and git facts); ignored otherwise
     */
    public FolderTree(Path root, Layout layout, RepositoryInfo single, ScanSettings settings) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.layout = layout;
        this.single = single;
        this.matcher = settings.matcher();
        this.subfolders = SubfolderCount.under(realRoot);
    }

    public Path root() {
        return root;
    }

    public Layout layout() {
        return layout;
    }

    /**
     * Reads a regular file inside the tree. One above {@code maxBytes} is not read at all (its size says so,
     * and a sparse 20 GiB file costs nothing); one that grows past the limit while read is read no further.
     */
    @Override
    public FileContent read(String path, long maxBytes) throws IOException {
        Path file = root.resolve(path);
        if (!physicallyWithin(path, "")) {
            throw new LinkOutsideTreeException("the file is a link to " + linkTarget(file) + ", outside " + root
                    + "; links are never followed out of the ingested folder");
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(path + " is not a regular file");
        }
        String stamp = FileStamps.of(file);
        if (attributes.size() > maxBytes) {
            return FileContent.notRead(attributes.size(), attributes.lastModifiedTime().toMillis());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            return FileContent.notRead(Math.max(bytes.length, Files.size(file)), Files.getLastModifiedTime(file).toMillis());
        }
        return new FileContent(bytes, bytes.length, Sha256.hex(bytes), stamp);
    }

    @Override
    public String stamp(String path) {
        try {
            return physicallyWithin(path, "") ? FileStamps.of(root.resolve(path)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean isFile(String path) {
        return Files.isRegularFile(root.resolve(path)) && physicallyWithin(path, "");
    }

    @Override
    public List<String> glob(String pattern) throws IOException {
        String[] segments = pattern.split("/");
        int literal = 0;
        while (literal < segments.length - 1 && !TreePaths.hasWildcard(segments[literal])) {
            literal++;
        }
        String base = String.join("/", List.of(segments).subList(0, literal));
        String rest = String.join("/", List.of(segments).subList(literal, segments.length));
        // "**/" matches zero folders too, as in Backstage's glob.
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "{**/,}"));
        return find(base, relative -> matcher.matches(Path.of(relative)));
    }

    /**
     * Files under a folder whose path relative to that folder matches, skipping excluded folders at any depth
     * and never following a link out of the tree: tree paths, sorted. A folder that is not there has none.
     */
    public List<String> find(String folder, Predicate<String> matches) throws IOException {
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        List<String> found = new ArrayList<>();
        if (folderWithin(folder, start)) {
            walk(start, "", matches, found);
        }
        found.sort(null);
        return found;
    }

    /**
     * Whether {@code folder} is a folder physically inside the tree. A repository folder (a folder, not a link, right
     * under the root) is, as its own attributes show; anything else is resolved.
     */
    private boolean folderWithin(String folder, Path start) {
        BasicFileAttributes own = attributesOf(start);
        boolean rootOrChild = folder.isEmpty() || folder.indexOf('/') < 0 && !folder.equals("..") && !folder.equals(".");
        if (own != null && own.isDirectory() && rootOrChild) {
            return true;
        }
        return Files.isDirectory(start) && physicallyWithin(folder, "");
    }

    /**
     * Walks one folder ({@code relative} to the start of the walk, empty or ending in a slash) without following
     * links. An entry's type is read only when it matches or may be a folder: a folder's link count says how many
     * folders it holds (on the file systems {@link SubfolderCount} trusts), and once all of them are met the
     * remaining entries are files, read only if they match. An unreadable folder is skipped: it must not stop the
     * other thousands of repositories.
     */
    private void walk(Path directory, String relative, Predicate<String> matches, List<String> found) {
        int unseenFolders = subfolders.of(directory);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String path = relative + name;
                boolean match = matches.test(path);
                if (!match && unseenFolders == 0) {
                    continue;
                }
                BasicFileAttributes attributes = attributesOf(entry);
                if (attributes == null) {
                    continue;
                } else if (attributes.isDirectory()) {
                    unseenFolders--;
                    if (!matcher.skipsFolder(name)) {
                        walk(entry, path + "/", matches, found);
                    }
                } else if (match) {
                    String treePath = treePath(entry);
                    // A link leading out is kept, so that reading it reports it instead of skipping it silently.
                    if (attributes.isRegularFile() || isFile(treePath)
                            || attributes.isSymbolicLink() && !physicallyWithin(treePath, "")) {
                        found.add(treePath);
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Skipped, as said above.
        }
    }

    /** An entry's own attributes (a link's, not its target's), or null when it cannot be read (gone since listed). */
    private static BasicFileAttributes attributesOf(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String locationOf(String path) {
        return "file:" + root.resolve(path);
    }

    @Override
    public RepositoryInfo repositoryOf(String path) {
        if (layout == Layout.REPOSITORY) {
            return single;
        }
        int slash = path.indexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return repositories.computeIfAbsent(folder, this::repositoryFolder);
    }

    @Override
    public Optional<String> pathOf(String absoluteTarget) {
        String target = absoluteTarget.startsWith("file:") ? absoluteTarget.substring(5) : absoluteTarget;
        if (target.startsWith("/")) {
            Path path = Path.of(target).normalize();
            return path.startsWith(root) ? Optional.of(treePath(path)) : Optional.empty();
        }
        for (RepositoryInfo repository : repositories.values()) {
            Optional<String> inRepository = WebLinks.pathIn(repository, absoluteTarget);
            if (inRepository.isPresent()) {
                return inRepository;
            }
        }
        return single == null ? Optional.empty() : WebLinks.pathIn(single, absoluteTarget);
    }

    @Override
    public boolean physicallyWithin(String path, String dir) {
        try {
            Path target = root.resolve(path);
            Path real = Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(target)
                    ? target.toRealPath() : target.getParent().toRealPath().resolve(target.getFileName());
            return real.startsWith(realRoot.resolve(dir).normalize());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean complete() {
        return true;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }

    /** The tree path of a file under the root. */
    private String treePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private RepositoryInfo repositoryFolder(String folder) {
        Path directory = folder.isEmpty() ? root : root.resolve(folder);
        String name = folder.isEmpty() ? root.getFileName().toString() : folder;
        return FolderSources.repository(name, folder, directory);
    }
}
