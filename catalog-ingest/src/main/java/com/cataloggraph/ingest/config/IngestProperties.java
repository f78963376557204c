package com.cataloggraph.ingest.config;

import com.cataloggraph.ingest.parse.YamlLimits;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.source.ScanSettings;
import com.cataloggraph.ingest.validate.AllowedKinds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How ingest reads and reconciles ({@code catalog.ingest.*}).
 *
 * @param filePatterns        descriptor file globs: without {@code /} a file name at any depth, with {@code /} a
 *                            path inside the repository
 * @param excludedDirectories folder names never searched, at any depth
 * @param maxFileSize         larger descriptors (and placeholder files) are rejected unread
 * @param maxRemovalShare     the largest share of the catalog's entities one run may orphan or delete (0..1)
 *                            before it refuses, unless forced: a broken mount must not wipe the catalog
 * @param orphans             what happens to entities whose descriptor disappeared
 * @param parallelism         threads parsing and validating; 0 means one per processor
 * @param maxYamlAliases      aliases to collections per YAML document
 * @param maxYamlDepth        nesting depth per YAML document
 * @param maxYamlValues       values one YAML document may expand to once aliases are followed
 * @param paths               what {@code serve} ingests at start and on every refresh
 * @param refresh             how often {@code serve} ingests {@code paths} again; unset for never
 * @param allowedKinds        the kinds accepted, Backstage's {@code catalog.rules} allow-list: {@code Kind} or
 *                            {@code Kind:spec.type}; a file with a document of another kind is rejected whole.
 *                            Defaults to the built-in kinds; a kind a plugin defines must be added here
 * @param stateCache          a file to keep a local copy of the stored file states in between runs, read instead of
 *                            the graph's {@code :SourceFile} nodes while the graph's states are still those it
 *                            copied; unset for none (the application keeps it in the data folder)
 */
@ConfigurationProperties("catalog.ingest")
public record IngestProperties(
        @DefaultValue({"catalog-info.yaml", "catalog-info.yml"}) List<String> filePatterns,
        @DefaultValue({".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", ".venv", "venv",
                "__pycache__", ".terraform", ".gradle", "target"}) List<String> excludedDirectories,
        @DefaultValue("3MB") DataSize maxFileSize,
        @DefaultValue("0.2") double maxRemovalShare,
        @DefaultValue("keep") OrphanStrategy orphans,
        @DefaultValue("0") int parallelism,
        @DefaultValue("50") int maxYamlAliases,
        @DefaultValue("64") int maxYamlDepth,
        @DefaultValue("200000") int maxYamlValues,
        List<Path> paths,
        Duration refresh,
        @DefaultValue({"Component", "API", "Resource", "System", "Domain", "Group", "User", "Location", "Template"})
        List<String> allowedKinds,
        Path stateCache) {

    public IngestProperties {
        filePatterns = filePatterns == null ? ScanSettings.DEFAULT.filePatterns() : List.copyOf(filePatterns);
        excludedDirectories = excludedDirectories == null ? ScanSettings.DEFAULT.excludedDirectories()
                : List.copyOf(excludedDirectories);
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(3) : maxFileSize;
        orphans = orphans == null ? OrphanStrategy.KEEP : orphans;
        paths = paths == null ? List.of() : List.copyOf(paths);
        allowedKinds = allowedKinds == null ? AllowedKinds.BUILT_IN : List.copyOf(allowedKinds);
        stateCache = stateCache == null || stateCache.toString().isBlank() ? null : stateCache;
        AllowedKinds.of(allowedKinds);
        if (filePatterns.isEmpty()) {
            throw new IllegalArgumentException("catalog.ingest.file-patterns must name at least one pattern");
        }
        if (maxFileSize.toBytes() < 1 || maxFileSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("catalog.ingest.max-file-size must be between 1B and 2GB, was "
                    + maxFileSize);
        }
        if (!(maxRemovalShare >= 0 && maxRemovalShare <= 1)) {
            throw new IllegalArgumentException("catalog.ingest.max-removal-share must be between 0 and 1, was "
                    + maxRemovalShare);
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("catalog.ingest.parallelism must be 0 (one per processor) or more, was "
                    + parallelism);
        }
        if (maxYamlAliases < 0 || maxYamlDepth < 1 || maxYamlValues < 1) {
            throw new IllegalArgumentException("catalog.ingest.max-yaml-aliases must be 0 or more and "
                    + "max-yaml-depth and max-yaml-values at least 1, were " + maxYamlAliases + ", " + maxYamlDepth
                    + ", " + maxYamlValues);
        }
        if (refresh != null && (refresh.isNegative() || refresh.isZero())) {
            throw new IllegalArgumentException("catalog.ingest.refresh must be positive, was " + refresh);
        }
    }

    /** The defaults, as an application without any {@code catalog.ingest.*} setting gets them. */
    public static IngestProperties defaults() {
        return new IngestProperties(null, null, null, 0.2, null, 0, 50, 64, 200_000, null, null, null, null);
    }

    public ScanSettings scan() {
        return new ScanSettings(filePatterns, excludedDirectories);
    }

    public YamlLimits yamlLimits() {
        return new YamlLimits(maxYamlAliases, maxYamlDepth, (int) maxFileSize.toBytes(), maxYamlValues);
    }

    /** Threads to parse with. */
    public int threads() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }

    public IngestProperties withFilePatterns(List<String> patterns) {
        return new IngestProperties(patterns, excludedDirectories, maxFileSize, maxRemovalShare, orphans, parallelism,
                maxYamlAliases, maxYamlDepth, maxYamlValues, paths, refresh, allowedKinds, stateCache);
    }

    public IngestProperties withAllowedKinds(List<String> kinds) {
        return new IngestProperties(filePatterns, excludedDirectories, maxFileSize, maxRemovalShare, orphans, parallelism,
                maxYamlAliases, maxYamlDepth, maxYamlValues, paths, refresh, kinds, stateCache);
    }

    /** The allow-list of kinds, parsed. */
    public AllowedKinds kinds() {
        return AllowedKinds.of(allowedKinds);
    }

    /** The same settings, keeping the local copy of the file states in {@code file} (null for none). */
    public IngestProperties withStateCache(Path file) {
        return new IngestProperties(filePatterns, excludedDirectories, maxFileSize, maxRemovalShare, orphans, parallelism,
                maxYamlAliases, maxYamlDepth, maxYamlValues, paths, refresh, allowedKinds, file);
    }

    public IngestProperties withMaxFileSize(DataSize size) {
        return new IngestProperties(filePatterns, excludedDirectories, size, maxRemovalShare, orphans, parallelism,
                maxYamlAliases, maxYamlDepth, maxYamlValues, paths, refresh, allowedKinds, stateCache);
    }
}
