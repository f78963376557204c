package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.Conflict;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.ingest.validate.AllowedKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real descriptors from public repositories ({@code ../shared/corpus/public-catalogs}, skipped when
 * absent): every file is ingested or rejected with a precise error, never a crash, and the oddities
 * SOURCES.tsv lists come out as they should. Each {@code owner/repo} folder is one repository.
 */
class PublicCatalogsCompatibilityTest {

    private static final Optional<Path> CORPUS = corpus();

    @Test
    void readsEachRepositoryAsTheCommandLineWould() throws IOException {
        IngestTesting ingest = new IngestTesting();
        GraphProbe graph = ingest.probe();

        IngestReport report = ingest.ingester().ingest(new IngestRequest(sources(ingest.ingester().properties()),
                OrphanStrategy.KEEP, false));

        // vendor/ is never read: grafana/tempo's only descriptor is another organisation's, vendored.
        assertThat(graph.refs("n.name IN ['go-grok', 'buildkite-pipeline-go-grok']")).isEmpty();
        assertThat(files(graph, "grafana/tempo")).isEmpty();
        // Location trees are followed: relative targets of a type: url Location, and ** globs.
        assertThat(graph.refs("n.repository = 'bancorocks-org-catalog' AND n.missing = false")).containsExactly(
                "domain:default/banking-domain", "domain:default/marketing-domain", "group:default/bancorocks-org",
                "group:default/banking-team", "group:default/marketing-team", "group:default/platform-team",
                "location:default/bancorocks", "system:default/banking-accounts-system",
                "system:default/marketing-institutional-system", "user:default/guiofsaints", "user:default/maria");
        assertThat(graph.refs("n.repository = 'one-platform' AND n.kind = 'Component'")).hasSize(6);
        assertThat(graph.refs("n.repository = 'roadie-backstage-plugins' AND n.missing = false")).containsExactly(
                "component:default/backstage-plugin-argo-cd", "component:default/backstage-plugin-aws-auth",
                "component:default/roadie-backstage-plugins", "location:default/roadie-backstage-plugins");
        // Targets that are not there are errors on the Location's line; a remote optional one only a warning.
        assertThat(errors(report, Rule.LOCATION_TARGET_MISSING)).extracting(IngestProblem::value).containsExactly(
                "./packages/developer-console-spa/catalog-info.yaml", "./packages/feedback-service/catalog-info.yaml",
                "./packages/feedback-spa/catalog-info.yaml", "./packages/home-spa/catalog-info.yaml",
                "./packages/lighthouse-service/catalog-info.yaml", "./packages/lighthouse-spa/catalog-info.yaml",
                "./packages/opc-base/catalog-info.yaml", "./packages/reverse-proxy-service/catalog-info.yaml",
                "./packages/search-service/catalog-info.yaml", "./packages/search-spa/catalog-info.yaml",
                "./packages/user-group-service/catalog-info.yaml", "./utils/**/catalog-info.yaml",
                "./backstage/templates/consume-kafka-topics/template.yaml",
                "./backstage/templates/add-topics-to-app/template.yaml");
        assertThat(report.warnings()).extracting(IngestProblem::rule, IngestProblem::file, IngestProblem::value)
                .contains(tuple(Rule.REMOTE_LOCATION_TARGET, "catalog/doc-spa.yaml",
                        "https://gitlab.cee.redhat.com/one-platform/docs-spa/-/blob/main/catalog-info.yml"));
        // A $text with a remote URL is kept as a reference, with a warning.
        assertThat(report.warnings()).extracting(IngestProblem::rule, IngestProblem::value).contains(
                tuple(Rule.REMOTE_PLACEHOLDER, "https://demo.backstage.io/api/graphql/schema"));
        assertThat(graph.properties("api:default/demo-graphql")).containsEntry("definition",
                "{\"$text\":\"https://demo.backstage.io/api/graphql/schema\"}");
        // A literal block that only looks like a placeholder is the definition text itself.
        assertThat(graph.properties("api:default/g")).containsEntry("definition",
                "$text: https://g.nav.no/api/v1/swagger_doc\n");
        // The invalid ones are rejected naming the right field.
        assertThat(errors(report, Rule.NAME_FORMAT)).extracting(IngestProblem::field, IngestProblem::value)
                .containsExactlyInAnyOrder(tuple("metadata.name", "Custom MS SQL Docker"),
                        tuple("metadata.name", "${{values.name | dump}}"));
        assertThat(errors(report, Rule.REQUIRED_FIELD)).extracting(IngestProblem::file, IngestProblem::field)
                .contains(tuple("catalog-info.yml", "spec"));
        assertThat(graph.refs("n.repository = 'mygeotab-api-adapter' AND n.missing = false"))
                .containsExactly("domain:default/geotab");
        assertThat(errors(report, Rule.YAML_SYNTAX)).extracting(IngestProblem::file).containsExactly(
                "scaffolder-templates/springboot-grpc-template/skeleton/catalog-info.yaml");
        assertThat(errors(report, Rule.ENVELOPE)).extracting(IngestProblem::field).containsExactly("apiVersion",
                "kind", "metadata");
        // A placeholder naming a file the repository does not have fails only its entity.
        assertThat(errors(report, Rule.PLACEHOLDER)).extracting(IngestProblem::value).containsExactly(
                "../specs/retail-banking-ny.asyncapi.yaml", "../specs/wealth-management-la.asyncapi.yaml");
        assertThat(graph.refs("n.repository = 'kafka-selfservice-backstage' AND n.kind = 'System'")).hasSize(2);
        // Two repositories defining the same refs: the first keeps them, the second is told where they are.
        Path janus = CORPUS.get().resolve("janus-idp/backstage-showcase/catalog-info.yaml");
        Path bancorocks = CORPUS.get().resolve("bancorocks/bancorocks-org-catalog/catalog/groups.yaml");
        assertThat(report.conflicts()).containsExactly(
                new Conflict("system:default/rhdh", "catalog-info.yaml", 1, 4, "file:" + janus),
                new Conflict("component:default/rhdh", "catalog-info.yaml", 2, 43, "file:" + janus),
                new Conflict("group:default/platform-team", "catalog/org.yaml", 1, 6, "file:" + bancorocks));
        // Refs nobody defines are kept as placeholders and reported.
        assertThat(graph.properties("group:backstage/maintainers")).containsEntry("missing", true);
        assertThat(report.dangling()).extracting(d -> d.ref()).contains("group:backstage/maintainers",
                "group:default/tbd", "group:default/cncf", "group:redhat/one-platform-devs");
        assertThat(errors(report, Rule.INTERNAL_ERROR)).isEmpty();
    }

    @Test
    void everyYamlFileIsIngestedOrRejectedWithAPreciseErrorNeverACrash() throws IOException {
        List<String> kinds = new ArrayList<>(AllowedKinds.BUILT_IN);
        kinds.addAll(List.of("AiResource", "Environment"));
        IngestProperties everyYaml = IngestProperties.defaults().withFilePatterns(List.of("*.yaml", "*.yml"))
                .withAllowedKinds(kinds);
        IngestTesting ingest = new IngestTesting(everyYaml);
        GraphProbe graph = ingest.probe();

        IngestReport report = ingest.ingester().ingest(new IngestRequest(sources(everyYaml), OrphanStrategy.KEEP,
                false));

        List<String> expected = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CORPUS.get())) {
            walk.filter(p -> p.toString().matches(".*\\.ya?ml") && !p.toString().contains("/vendor/"))
                    .forEach(p -> expected.add("file:" + p));
        }
        List<Map<String, Object>> states = graph.rows("MATCH (f:SourceFile) RETURN f.location AS location, "
                + "f.status AS status, f.claims AS claims, f.errors AS errors, f.problems AS problems");
        assertThat(states).extracting(row -> (String) row.get("location")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(states).allSatisfy(state -> {
            boolean defines = !((List<?>) state.get("claims")).isEmpty();
            boolean rejected = ((Number) state.get("errors")).longValue() > 0;
            assertThat(defines || rejected).as("%s defines entities or says why not", state.get("location")).isTrue();
        });
        assertThat(report.errors()).allSatisfy(problem -> {
            assertThat(problem.message()).isNotBlank();
            if (problem.rule() != Rule.REMOVAL_GUARD && problem.rule() != Rule.SOURCE_UNAVAILABLE) {
                assertThat(problem.file()).isNotNull();
            }
            if (!problem.rule().fileLevel() && problem.rule() != Rule.LOCATION_CYCLE) {
                assertThat(problem.document()).as(problem.describe()).isNotNull();
                assertThat(problem.line()).as(problem.describe()).isNotNull();
                assertThat(problem.field()).as(problem.describe()).isNotNull();
            }
        });
        assertThat(errors(report, Rule.INTERNAL_ERROR)).isEmpty();
        // Kinds a plugin defines are stored generically once allowed (catalog.ingest.allowed-kinds).
        assertThat(graph.rows("MATCH (n:Entity) WHERE n.kind IN ['AiResource', 'Environment'] "
                + "RETURN n.kind AS kind, labels(n) AS labels, count(*) AS total ORDER BY kind"))
                .containsExactly(Map.of("kind", "AiResource", "labels", List.of("Entity"), "total", 7L),
                        Map.of("kind", "Environment", "labels", List.of("Entity"), "total", 1L));
        // Backstage's own invalid example fails on both of its mistakes; a root field outside the envelope too.
        assertThat(errors(report, Rule.TAG_FORMAT)).extracting(IngestProblem::field, IngestProblem::value)
                .containsExactly(tuple("metadata.tags[1]", "go 1.15.3"));
        assertThat(errors(report, Rule.UNKNOWN_ROOT_FIELD)).extracting(IngestProblem::file, IngestProblem::line)
                .containsExactly(tuple("catalog/resources/CouchDB.yaml", 23));
    }

    private static List<IngestProblem> errors(IngestReport report, Rule rule) {
        return report.errors().stream().filter(problem -> problem.rule() == rule).toList();
    }

    private static List<String> files(GraphProbe graph, String repository) {
        return graph.rows("MATCH (f:SourceFile) WHERE f.location CONTAINS $repo RETURN f.location AS location",
                Map.of("repo", "/" + repository + "/")).stream().map(row -> (String) row.get("location")).toList();
    }

    /** One source per {@code owner/repo} folder, in name order. */
    private static List<DescriptorSource> sources(IngestProperties properties) throws IOException {
        assumeTrue(CORPUS.isPresent(), "../shared/corpus/public-catalogs is not here");
        List<DescriptorSource> sources = new ArrayList<>();
        try (Stream<Path> owners = Files.list(CORPUS.get())) {
            for (Path owner : owners.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> repositories = Files.list(owner)) {
                    for (Path repository : repositories.filter(Files::isDirectory).sorted().toList()) {
                        sources.add(FolderSources.repository(repository, properties.scan()));
                    }
                }
            }
        }
        return sources;
    }

    /** {@code shared/corpus/public-catalogs}, found from the working directory upwards. */
    static Optional<Path> corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/public-catalogs");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
