package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Descriptors found by scanning a folder: every repository checkout in a folder of checkouts, or
 * one repository. The main source: thousands of checkouts side by side.
 */
public final class FolderSource implements DescriptorSource {

    private final FolderTree tree;
    private final ScanSettings.DescriptorMatcher matcher;
    private final Set<String> only;

    public FolderSource(FolderTree tree, ScanSettings settings) {
        this(tree, settings.matcher(), null);
    }

    private FolderSource(FolderTree tree, ScanSettings.DescriptorMatcher matcher, Set<String> only) {
        this.tree = tree;
        this.matcher = matcher;
        this.only = only;
    }

    /**
     * The same folder of checkouts, read only for the named repository folders (a watched folder's change): the
     * other repositories' files and entities stay as they are; a named folder that is gone orphans its entities.
     */
    public FolderSource only(Set<String> repositories) {
        if (tree.layout() != FolderTree.Layout.REPOSITORIES) {
            throw new IllegalStateException(tree.root() + " is one repository, not a folder of repositories");
        }
        return new FolderSource(tree, matcher, Set.copyOf(repositories));
    }

    @Override
    public boolean covers(String repository) {
        return only == null || only.contains(repository);
    }

    @Override
    public String id() {
        return "dir:" + tree.root();
    }

    @Override
    public String description() {
        return (tree.layout() == FolderTree.Layout.REPOSITORIES ? "repositories in " : "repository ") + tree.root();
    }

    public FolderTree tree() {
        return tree;
    }

    @Override
    public List<DescriptorFile> discover() throws SourceUnavailableException {
        if (!Files.isDirectory(tree.root())) {
            throw new SourceUnavailableException(tree.root() + " is not a readable folder", null);
        }
        try {
            // Repositories are walked in parallel (a walk waits on the file system, and reading a checkout's git
            // facts too), their files kept in folder order.
            List<List<DescriptorFile>> found = repositoryFolders().parallelStream().map(this::descriptorsOf).toList();
            List<DescriptorFile> files = new ArrayList<>();
            found.forEach(files::addAll);
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new SourceUnavailableException(tree.root() + " could not be listed: " + e.getMessage(), e);
        }
    }

    private List<DescriptorFile> descriptorsOf(String repository) {
        try {
            List<DescriptorFile> files = new ArrayList<>();
            for (String path : tree.find(repository, matcher::isDescriptor)) {
                files.add(DescriptorFile.found(tree, path));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> repositoryFolders() throws IOException {
        if (tree.layout() == FolderTree.Layout.REPOSITORY) {
            return List.of("");
        }
        List<String> folders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(tree.root())) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                // Not following links: a link to a folder is not a repository of this folder.
                if (!matcher.skipsFolder(name) && covers(name) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(name);
                }
            }
        }
        folders.sort(null);
        return folders;
    }
}
