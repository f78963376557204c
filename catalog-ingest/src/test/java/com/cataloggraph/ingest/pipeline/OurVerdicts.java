package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.ParsedYaml;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.placeholder.PlaceholderResolver;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.model.entity.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Our side of the differential: every descriptor file of some sources (Location targets included) through the
 * ingester's own read, parse, validate and derive stages ({@link ProcessedFiles} and {@link FileProcessor}, in
 * process, no database), with each document as our parser read it and as placeholders resolved it.
 */
final class OurVerdicts {

    /** One document as we decided it. */
    record Document(Object parsed, Map<String, Object> resolved, boolean accepted, String ref, Set<String> relations,
                    Set<String> rules) {
    }

    /** One file as we decided it: rejected whole ({@code fileRules}) or document by document. */
    record File(String id, String text, boolean accepted, Set<String> fileRules, List<Document> documents) {
    }

    private final IngestProperties properties;
    private final FileProcessor processor;
    private final DescriptorYaml yaml;
    private final PlaceholderResolver placeholders;

    OurVerdicts(IngestProperties properties) {
        this.properties = properties;
        this.processor = new FileProcessor(properties);
        this.yaml = new DescriptorYaml(properties.yamlLimits());
        this.placeholders = new PlaceholderResolver(yaml);
    }

    /** Every file the sources lead to, each named {@code prefix/} and its path. */
    List<File> of(String prefix, List<DescriptorSource> sources) throws IOException, InterruptedException {
        ProcessedFiles files = new ProcessedFiles();
        files.discover(sources);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            files.process(pool, file -> processor.process(file, null), Map.of(), IngestProgress.NONE);
        } finally {
            pool.shutdownNow();
        }
        List<File> verdicts = new ArrayList<>();
        for (FileOutcome outcome : files.outcomes) {
            verdicts.add(file(prefix + "/" + outcome.file().path(), outcome));
        }
        return verdicts;
    }

    private File file(String id, FileOutcome outcome) throws IOException {
        DescriptorFile file = outcome.file();
        long max = properties.maxFileSize().toBytes();
        var content = file.tree().read(file.path(), max);
        byte[] bytes = content.bytes() == null ? new byte[0] : content.bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        ParsedYaml parsed = yaml.parseDescriptor(bytes, file.path());
        List<YamlDocument> documents = parsed.failed() ? List.of() : parsed.documents();
        Set<String> fileRules = new TreeSet<>();
        if (outcome instanceof FileOutcome.Failed failed) {
            failed.problems().forEach(problem -> fileRules.add(problem.rule().id()));
        }
        List<Document> verdicts = new ArrayList<>();
        for (YamlDocument document : documents) {
            verdicts.add(document(file, document, outcome, max));
        }
        return new File(id, text, outcome instanceof FileOutcome.Parsed, fileRules, verdicts);
    }

    private Document document(DescriptorFile file, YamlDocument document, FileOutcome outcome, long max) {
        Map<String, Object> resolved = document.content() instanceof Map<?, ?>
                ? placeholders.resolve(document.object(), new TreePlaceholderFiles(file, max),
                        new DocumentProblems(file.path(), document)).entity() : null;
        Set<String> rules = new TreeSet<>();
        outcome.problems().stream().filter(p -> p.document() == null || p.document() == document.index())
                .map(p -> p.rule().id()).forEach(rules::add);
        if (!(outcome instanceof FileOutcome.Parsed parsed)) {
            return new Document(document.content(), resolved, false, null, Set.of(), rules);
        }
        EntityEmitted entity = parsed.entities().stream().filter(e -> e.document() == document.index()).findFirst()
                .orElse(null);
        if (entity == null) {
            return new Document(document.content(), resolved, false, null, Set.of(), rules);
        }
        Set<String> relations = new TreeSet<>();
        for (Relation relation : parsed.relations()) {
            if (relation.declaredBy().canonical().equals(entity.key())) {
                relations.add(relation.source().canonical() + " " + relation.type().forwardName() + " "
                        + relation.target().canonical());
            }
        }
        return new Document(document.content(), resolved, true, entity.key(), relations, rules);
    }
}
