package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.checkout.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Checkouts: the sub-folders of a root that are not hidden, each read from disk.
 *
 * @param root   the folder holding the checkouts
 * @param remote the git remote whose URL identifies a checkout, {@code origin}
 */
public record CheckoutSource(Path root, String remote) implements RepositorySource {

    @Override
    public List<SourceRepository> repositories(Predicate<String> nameFilter) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("the run's root " + root + " is not a directory");
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> nameFilter.test(path.getFileName().toString()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .map(path -> (SourceRepository) new Folder(path, remote)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private record Folder(Path path, String remote) implements SourceRepository {

        @Override
        public String name() {
            return path.getFileName().toString();
        }

        @Override
        public Checkout checkout() {
            return Checkout.at(path, remote);
        }

        @Override
        public RepositoryTree tree() {
            return RepositoryTree.scan(path);
        }
    }
}
