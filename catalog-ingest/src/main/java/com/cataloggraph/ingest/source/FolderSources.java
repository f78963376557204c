package com.cataloggraph.ingest.source;

import com.cataloggraph.codehosts.git.GitCheckout;
import com.cataloggraph.codehosts.url.RepositoryUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a path given on the command line into a source: a file is a Location (or any descriptor)
 * file; a folder that is a git checkout or has a descriptor at its top is one repository; any
 * other folder is a folder of repository checkouts.
 */
public final class FolderSources {

    private FolderSources() {
    }

    public static DescriptorSource forPath(Path path, ScanSettings settings) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(absolute.toString(), null, "no such file or folder");
        }
        if (Files.isRegularFile(absolute)) {
            Path folder = absolute.getParent();
            FolderTree tree = new FolderTree(folder, FolderTree.Layout.REPOSITORY, enclosingRepository(folder), settings);
            return new LocationFileSource(tree, absolute.getFileName().toString());
        }
        if (isRepository(absolute, settings)) {
            return repository(absolute, settings);
        }
        return repositories(absolute, settings);
    }

    /** A folder of repository checkouts. */
    public static FolderSource repositories(Path folder, ScanSettings settings) throws IOException {
        return new FolderSource(new FolderTree(folder, FolderTree.Layout.REPOSITORIES, null, settings), settings);
    }

    /** One repository checkout (or monorepo). */
    public static FolderSource repository(Path folder, ScanSettings settings) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        return new FolderSource(new FolderTree(absolute, FolderTree.Layout.REPOSITORY,
                repository(absolute.getFileName().toString(), "", absolute), settings), settings);
    }

    /**
     * The repository facts of a checkout folder: its name and, when it is a git checkout, its remote, branch and
     * HEAD commit.
     */
    static RepositoryInfo repository(String name, String treePath, Path folder) {
        Optional<GitCheckout> git = GitCheckout.of(folder);
        String url = git.flatMap(GitCheckout::defaultRemoteUrl).map(RepositoryUrl::normalize).orElse(null);
        return new RepositoryInfo(name, treePath, url, RepositoryUrl.webUrl(url), git.map(GitCheckout::branch).orElse(null),
                git.map(GitCheckout::commit).orElse(null));
    }

    private static boolean isRepository(Path folder, ScanSettings settings) {
        if (Files.exists(folder.resolve(".git"))) {
            return true;
        }
        ScanSettings.DescriptorMatcher matcher = settings.matcher();
        try (var children = Files.list(folder)) {
            return children.anyMatch(child -> Files.isRegularFile(child)
                    && matcher.isDescriptor(child.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /** For a single file: the git checkout enclosing it, or else its own folder, names the repository. */
    private static RepositoryInfo enclosingRepository(Path folder) {
        for (Path current = folder; current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git"))) {
                RepositoryInfo checkout = repository(current.getFileName().toString(), "", current);
                // Links are built from paths inside the tree; they are only right when the tree is the checkout.
                return current.equals(folder) ? checkout
                        : new RepositoryInfo(checkout.name(), "", checkout.url(), null, checkout.branch(),
                                checkout.commit());
            }
        }
        return new RepositoryInfo(folder.getFileName().toString(), "", null, null, null);
    }
}
