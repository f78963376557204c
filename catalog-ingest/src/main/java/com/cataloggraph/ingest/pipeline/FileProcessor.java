package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.derive.RelationDeriver;
import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.RelationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.ingest.parse.ParsedYaml;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.placeholder.PlaceholderResolution;
import com.cataloggraph.ingest.placeholder.PlaceholderResolver;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.FileContent;
import com.cataloggraph.ingest.source.LinkOutsideTreeException;
import com.cataloggraph.ingest.state.FileStatus;
import com.cataloggraph.ingest.state.SourceFileState;
import com.cataloggraph.ingest.validate.AllowedKinds;
import com.cataloggraph.ingest.validate.EntityRules;
import com.cataloggraph.ingest.validate.KindRules;
import com.cataloggraph.ingest.validate.EnvelopeRules;
import com.cataloggraph.ingest.validate.IndexedLengths;
import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.DocumentLines;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.vocabulary.Kind;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One descriptor file through the stages: read and hash (skip when unchanged: when its stamp is the one it was
 * last read with, without reading it), parse, check the
 * envelope of every document (any failure rejects the file), then per document resolve
 * placeholders, validate, build the entity, derive its relations and Location targets. Pure
 * apart from reading files, so files are processed in parallel.
 */
final class FileProcessor {

    /** Where a document names its entity: what a duplicate-ref error points at. */
    private static final FieldPath METADATA_NAME = FieldPath.of("metadata", "name");

    private final IngestProperties properties;
    private final DescriptorYaml yaml;
    private final PlaceholderResolver placeholders;
    private final Fingerprints fingerprints;
    private final AllowedKinds allowedKinds;

    FileProcessor(IngestProperties properties) {
        this.properties = properties;
        this.allowedKinds = properties.kinds();
        this.yaml = new DescriptorYaml(properties.yamlLimits());
        this.placeholders = new PlaceholderResolver(yaml);
        this.fingerprints = new Fingerprints(properties);
    }

    /**
     * @param stored what the last run remembered about the file, or null for a new file
     * @param via    the Location target that named the file ({@code org/locations.yaml:12}), or null when a source
     *               found it: part of its entities' provenance, so a change of it is a change of the file's output
     */
    FileOutcome process(DescriptorFile file, SourceFileState stored, String via) {
        Optional<String> unindexable = IndexedLengths.fileProblem(file);
        if (unindexable.isPresent()) {
            return failed(file, null, Rule.PATH_TOO_LONG, unindexable.get());
        }
        // The stamp it was read with, unchanged: the same bytes, not read or hashed again.
        if (stored != null && stored.stamp() != null && stored.contentHash() != null
                && stored.stamp().equals(file.tree().stamp(file.path()))
                && unchanged(file, stored, stored.contentHash(), via)) {
            return new FileOutcome.Unchanged(file, stored);
        }
        long maxBytes = properties.maxFileSize().toBytes();
        FileContent content;
        try {
            content = file.tree().read(file.path(), maxBytes);
        } catch (NoSuchFileException e) {
            return failed(file, null, Rule.FILE_UNREADABLE, "the file does not exist");
        } catch (LinkOutsideTreeException e) {
            return failed(file, null, Rule.LINK_OUTSIDE_TREE, e.getMessage());
        } catch (IOException e) {
            return failed(file, null, Rule.FILE_UNREADABLE, "the file could not be read: " + e.getMessage());
        }
        if (stored != null && unchanged(file, stored, content.sha256(), via)) {
            return new FileOutcome.Unchanged(file, Objects.equals(stored.stamp(), content.stamp()) ? stored
                    : stored.withStamp(content.stamp()));
        }
        if (content.tooLarge()) {
            return failed(file, content.sha256(), Rule.FILE_TOO_LARGE, "the file is %,d bytes, above the limit of %,d "
                    .formatted(content.size(), maxBytes) + "(catalog.ingest.max-file-size); it was not read");
        }
        ParsedYaml parsed = yaml.parseDescriptor(content.bytes(), file.path());
        if (parsed.failed()) {
            return new FileOutcome.Failed(file, content.sha256(), fingerprints.of(content.sha256(), Map.of(), via),
                    content.stamp(), parsed.problems());
        }
        List<IngestProblem> envelope = new ArrayList<>();
        for (YamlDocument document : parsed.documents()) {
            envelope.addAll(EnvelopeRules.check(new DocumentProblems(file.path(), document)));
        }
        if (envelope.isEmpty()) {
            for (YamlDocument document : parsed.documents()) {
                DocumentProblems problems = new DocumentProblems(file.path(), document);
                KindRules.checkAllowed(problems, allowedKinds);
                envelope.addAll(problems.all());
            }
        }
        if (!envelope.isEmpty()) {
            return new FileOutcome.Failed(file, content.sha256(), fingerprints.of(content.sha256(), Map.of(), via),
                    content.stamp(), envelope);
        }
        EmissionCollector collector = new EmissionCollector();
        Map<String, String> inputs = new HashMap<>();
        TreePlaceholderFiles files = new TreePlaceholderFiles(file, maxBytes);
        for (YamlDocument document : parsed.documents()) {
            DocumentProblems problems = new DocumentProblems(file.path(), document);
            PlaceholderResolution resolution = placeholders.resolve(document.object(), files, problems);
            inputs.putAll(resolution.inputs());
            EntityRules.check(problems, resolution.entity(), allowedKinds);
            if (!problems.hasErrors()) {
                emitEntity(file, content.sha256(), via, document, resolution, problems, collector);
            }
            collector.emitAll(problems.all());
        }
        return collector.outcome(file, content.sha256(), fingerprints.of(content.sha256(), inputs, via),
                content.stamp(), inputs);
    }

    @SuppressWarnings("unchecked")
    private static void emitEntity(DescriptorFile file, String contentHash, String via, YamlDocument document,
                                   PlaceholderResolution resolution, DocumentProblems problems,
                                   EmissionCollector collector) {
        Map<String, Object> resolved = resolution.entity();
        Map<String, Object> spec = resolved.get("spec") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Optional<Kind> kind = Kind.of((String) resolved.get("kind"));
        List<Relation> relations = kind.map(k -> RelationDeriver.derive(EntityAssembler.refOf(resolved), k, spec,
                problems)).orElse(List.of());
        if (problems.hasErrors()) {
            return;
        }
        CatalogEntity entity = EntityAssembler.build(resolved, resolution.definitionPath(), file, contentHash,
                new DocumentLines(document.index(), document.line(), document.endLine()), via);
        collector.emit(new EntityEmitted(entity, document.index(), document.lineOf(METADATA_NAME)));
        relations.forEach(relation -> collector.emit(new RelationEmitted(relation)));
        if (kind.orElse(null) == Kind.LOCATION) {
            collector.emitAll(LocationTargets.of(spec, file, document.index(), problems));
        }
    }

    /** Same bytes, same placeholder inputs, same way in, same ingester: nothing to do (a conflict loser always retries). */
    private boolean unchanged(DescriptorFile file, SourceFileState stored, String contentHash, String via) {
        if (stored.status() == FileStatus.VANISHED || stored.retry() || !contentHash.equals(stored.contentHash())) {
            return false;
        }
        Map<String, String> now = new HashMap<>();
        stored.inputs().keySet().forEach(path -> now.put(path,
                TreePlaceholderFiles.currentHash(file.tree(), path, properties.maxFileSize().toBytes())));
        return fingerprints.of(contentHash, now, via).equals(stored.fingerprint());
    }

    private FileOutcome failed(DescriptorFile file, String contentHash, Rule rule, String message) {
        IngestProblem problem = IngestProblem.error(rule, file.path(), null, null, null, null, message);
        return new FileOutcome.Failed(file, contentHash,
                contentHash == null ? null : fingerprints.of(contentHash, Map.of(), null), null, List.of(problem));
    }
}
