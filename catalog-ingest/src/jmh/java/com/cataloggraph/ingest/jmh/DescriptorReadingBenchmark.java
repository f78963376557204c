package com.cataloggraph.ingest.jmh;

import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.ParsedYaml;
import com.cataloggraph.ingest.parse.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reading one descriptor file: the ingest's safe reader (UTF-8 check, compose, YAML 1.2 core schema,
 * limits, duplicate keys, line numbers) against plain SnakeYAML loading the same bytes, the floor
 * {@code bench ingest} compares with. Per operation: one file, cycling through real ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DescriptorReadingBenchmark {

    private List<byte[]> files;
    private DescriptorYaml reader;
    private Yaml snakeYaml;
    private int next;

    @Setup
    public void readFiles() {
        files = Descriptors.componentFiles();
        reader = new DescriptorYaml(YamlLimits.DEFAULT);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlLimits.DEFAULT.maxCodePoints());
        snakeYaml = new Yaml(new SafeConstructor(options));
    }

    @Benchmark
    public ParsedYaml descriptorYaml() {
        return reader.parseDescriptor(nextFile(), "catalog-info.yaml");
    }

    @Benchmark
    public List<Object> snakeYamlLoadAll() {
        List<Object> documents = new ArrayList<>();
        snakeYaml.loadAll(new String(nextFile(), StandardCharsets.UTF_8)).forEach(documents::add);
        return documents;
    }

    private byte[] nextFile() {
        byte[] file = files.get(next);
        next = (next + 1) % files.size();
        return file;
    }
}
