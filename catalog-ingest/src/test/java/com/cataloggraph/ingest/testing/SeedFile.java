package com.cataloggraph.ingest.testing;

import com.cataloggraph.ingest.source.FetchedRepository;
import com.cataloggraph.ingest.source.FetchedTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A YAML file of a fixture repository, with every file of that repository beside it in memory, so
 * placeholders and Location targets still find their files while the file itself is mutated.
 *
 * @param repository the fixture folder's name
 * @param path       the YAML file's path inside it
 * @param files      the repository's files by path
 */
public record SeedFile(String repository, String path, Map<String, byte[]> files) {

    private static final long MAX_FILE = 1024 * 1024;

    /** One seed per YAML file in each top-level folder of {@code root}. */
    public static List<SeedFile> collect(Path root) throws IOException {
        List<SeedFile> seeds = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Map<String, byte[]> files = read(folder);
                for (String path : files.keySet()) {
                    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                        seeds.add(new SeedFile(folder.getFileName().toString(), path, files));
                    }
                }
            }
        }
        return seeds;
    }

    /** The repository holding {@code files}, as discovery would have fetched it. */
    public FetchedTree tree(Map<String, byte[]> withFiles) {
        return new FetchedTree(new FetchedRepository("fixtures/" + repository,
                "https://git.example.com/fixtures/" + repository, "main", withFiles));
    }

    /** Any file of the repository: a placeholder's target, a Location's, a build file. */
    public String anyFile(Random random) {
        List<String> paths = new ArrayList<>(files.keySet());
        return paths.get(random.nextInt(paths.size()));
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) <= MAX_FILE) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return Map.copyOf(files);
    }
}
