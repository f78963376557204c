package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.fixtures.MalformedCatalog;
import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backstage itself as the judge: every descriptor document of the project's fixtures (the sample catalog, the
 * malformed set, the edge cases beside this test, a small generated catalog, and
 * {@code ../shared/corpus/public-catalogs} when present) goes
 * through Backstage's published catalog model and processors (pinned in {@code backstage-differential/}, one
 * node process for all of them) and through our read, parse, validate and derive stages, and the verdicts must
 * agree: the file accepted or rejected, each document as read, accepted or rejected, and for accepted ones the
 * canonical ref and the relation pairs. Known differences are listed, each with its reason, in
 * {@code allowed-differences.yaml}; anything else fails. Skipped, saying so, where node or npm is missing.
 */
class BackstageDifferentialIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double GENERATED_SCALE = 0.02;

    @TempDir
    Path work;

    @Test
    void everyFixtureDocumentGetsBackstagesVerdictOrAListedDifference() throws Exception {
        Optional<String> missing = BackstageRuntime.unavailable();
        assumeTrue(missing.isEmpty(), () -> "BackstageDifferentialIT needs node and npm to run Backstage's catalog "
                + "model; skipped: " + missing.orElse(""));
        BackstageRuntime backstage = BackstageRuntime.install();
        AllowedDifferences allowed = AllowedDifferences.load();
        IngestProperties properties = IngestProperties.defaults();

        List<OurVerdicts.File> files = ourVerdicts(properties);
        List<String> lines = new ArrayList<>();
        lines.add(JSON.writeValueAsString(Map.of("allowedKinds", properties.allowedKinds())));
        for (OurVerdicts.File file : files) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("id", file.id());
            request.put("text", file.text());
            request.put("documents", file.documents().stream().map(OurVerdicts.Document::resolved).toList());
            lines.add(JSON.writeValueAsString(request));
        }
        List<JsonNode> answers = backstage.verdicts(lines, work);

        assertThat(answers).extracting(answer -> answer.get("id").asString())
                .containsExactlyElementsOf(files.stream().map(OurVerdicts.File::id).toList());
        int compared = 0;
        int agreed = 0;
        int excused = 0;
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            VerdictComparison.Outcome outcome = VerdictComparison.compare(files.get(i), answers.get(i));
            compared += outcome.documents();
            int differing = outcome.differences().keySet().contains(0) ? outcome.documents()
                    : outcome.differences().size();
            agreed += outcome.documents() - differing;
            boolean allExcused = true;
            for (List<Difference> differences : outcome.differences().values()) {
                for (Difference difference : differences) {
                    AllowedDifferences.Entry excuse = allowed.excuse(difference);
                    if (excuse == null) {
                        allExcused = false;
                        disagreements.add(difference.describe());
                    } else {
                        used.merge(excuse.id(), 1, Integer::sum);
                    }
                }
            }
            if (allExcused) {
                excused += differing;
            }
        }
        int disagreeing = compared - agreed - excused;
        System.out.printf("Backstage differential (@backstage/catalog-model %s, @backstage/plugin-catalog-backend %s): "
                        + "%d files, %d documents compared, %d agreed, %d allowed differences, %d disagreements%n",
                BackstageRuntime.version("@backstage/catalog-model"),
                BackstageRuntime.version("@backstage/plugin-catalog-backend"), files.size(), compared, agreed, excused,
                disagreeing);
        used.forEach((id, count) -> System.out.printf("  allowed %-40s %d%n", id, count));
        disagreements.forEach(line -> System.out.println("  DISAGREES " + line));

        assertThat(disagreements).as("documents where our verdict differs from Backstage's and "
                + "allowed-differences.yaml does not say why").isEmpty();
        assertThat(compared).isGreaterThan(200);
    }

    private List<OurVerdicts.File> ourVerdicts(IngestProperties properties) throws Exception {
        OurVerdicts ours = new OurVerdicts(properties);
        List<OurVerdicts.File> files = new ArrayList<>();
        files.addAll(ours.of("sample-catalog", List.of(FolderSources.forPath(SampleCatalog.root(), properties.scan()))));
        files.addAll(ours.of("malformed", List.of(FolderSources.forPath(MalformedCatalog.root(), properties.scan()))));
        Path edgeCases = Path.of(BackstageDifferentialIT.class.getResource("/backstage-differential/edge-cases").toURI());
        files.addAll(ours.of("edge-cases", List.of(FolderSources.forPath(edgeCases, properties.scan()))));
        Path generated = work.resolve("generated");
        CatalogGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, GENERATED_SCALE), generated);
        files.addAll(ours.of("generated", List.of(FolderSources.forPath(generated, properties.scan()))));
        Optional<Path> corpus = PublicCatalogsCompatibilityTest.corpus();
        if (corpus.isPresent()) {
            for (Map.Entry<String, DescriptorSource> repository : corpusRepositories(corpus.get(), properties).entrySet()) {
                files.addAll(ours.of("public-catalogs/" + repository.getKey(), List.of(repository.getValue())));
            }
        } else {
            System.out.println("Backstage differential: ../shared/corpus/public-catalogs is not here; not compared");
        }
        return files;
    }

    /** One source per {@code owner/repo} folder, by that name, in name order. */
    private static Map<String, DescriptorSource> corpusRepositories(Path corpus, IngestProperties properties)
            throws IOException {
        Map<String, DescriptorSource> sources = new LinkedHashMap<>();
        try (Stream<Path> owners = Files.list(corpus)) {
            for (Path owner : owners.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> repositories = Files.list(owner)) {
                    for (Path repository : repositories.filter(Files::isDirectory).sorted().toList()) {
                        sources.put(owner.getFileName() + "/" + repository.getFileName(),
                                FolderSources.repository(repository, properties.scan()));
                    }
                }
            }
        }
        return sources;
    }
}
