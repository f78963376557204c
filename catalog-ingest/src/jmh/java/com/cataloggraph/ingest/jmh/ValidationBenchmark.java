package com.cataloggraph.ingest.jmh;

import com.cataloggraph.ingest.derive.RelationDeriver;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.parse.YamlLimits;
import com.cataloggraph.ingest.validate.EntityRules;
import com.cataloggraph.ingest.validate.EnvelopeRules;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking one parsed document with Backstage's rules, and deriving its relations: what the ingest
 * does per entity after reading. Per operation: one document, cycling through real ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private List<YamlDocument> documents;
    private int next;

    @Setup
    public void parse() {
        DescriptorYaml reader = new DescriptorYaml(YamlLimits.DEFAULT);
        documents = new ArrayList<>();
        for (byte[] file : Descriptors.componentFiles()) {
            documents.addAll(reader.parseDescriptor(file, "catalog-info.yaml").documents());
        }
    }

    @Benchmark
    public List<?> envelopeAndEntityRules() {
        DocumentProblems problems = new DocumentProblems("catalog-info.yaml", nextDocument());
        List<?> envelope = EnvelopeRules.check(problems);
        EntityRules.check(problems, problems.document().object());
        return envelope.isEmpty() ? problems.all() : envelope;
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public List<Relation> relations() {
        YamlDocument document = nextDocument();
        Map<String, Object> entity = document.object();
        Map<String, Object> metadata = (Map<String, Object>) entity.get("metadata");
        String kind = (String) entity.get("kind");
        EntityRef self = new EntityRef(kind, "default", (String) metadata.get("name"));
        Map<String, Object> spec = (Map<String, Object>) entity.get("spec");
        return RelationDeriver.derive(self, Kind.of(kind).orElseThrow(), spec,
                new DocumentProblems("catalog-info.yaml", document));
    }

    private YamlDocument nextDocument() {
        YamlDocument document = documents.get(next);
        next = (next + 1) % documents.size();
        return document;
    }
}
