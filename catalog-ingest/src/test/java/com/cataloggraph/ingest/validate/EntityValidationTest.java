package com.cataloggraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.emit.Severity;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.parse.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityValidationTest {

    static final String COMPONENT = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: payments
            spec:
              type: service
              lifecycle: production
              owner: team-a
            """;

    @Test
    void aValidComponentHasNoProblems() {
        assertThat(problems(COMPONENT)).isEmpty();
    }

    @Test
    void anAllowedKindAPluginDefinesIsCheckedOnlyForItsEnvelopeAndMetadata() {
        assertThat(problems("""
                apiVersion: backstage.io/v1alpha1
                kind: AiResource
                metadata:
                  name: summarizer
                spec:
                  type: skill
                  anything: [goes, here]
                """, AllowedKinds.of(List.of("Component", "AiResource")))).isEmpty();
    }

    @Test
    void aLinkUrlIsValidWhenNewUrlAcceptsItSpacesAndTemplateExpressionsIncluded() {
        assertThat(problems(COMPONENT.replace("name: payments", "name: payments\n  links:\n"
                + "    - url: https://grafana.example.com/d/abc?var-service=${{ values.name }}\n"
                + "    - url: https://wiki.example.com/runbooks/on call.md"))).isEmpty();
    }

    @Test
    void aLocationNeedsNothingButItsSpec() {
        assertThat(problems("""
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: org}
                spec: {}
                """)).isEmpty();
    }

    @Test
    void anApiDefinitionLeftAsARemoteReferenceIsAccepted() {
        assertThat(problems("""
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: petstore}
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-a
                  definition:
                    $text: https://example.com/petstore.yaml
                """)).isEmpty();
    }

    static Stream<Arguments> brokenEntities() {
        return Stream.of(
                broken(COMPONENT + "relations: []\n", Rule.UNKNOWN_ROOT_FIELD, "relations", 9, "relations",
                        "unknown root field \"relations\": only apiVersion, kind, metadata and spec are allowed at the "
                                + "root (relations is set by the catalog, not written in descriptors)"),
                broken(COMPONENT.replace("backstage.io/v1alpha1", "backstage.io/v1 alpha"), Rule.API_VERSION,
                        "apiVersion", 1, "backstage.io/v1 alpha", "apiVersion \"backstage.io/v1 alpha\" is not valid; "
                                + "expected <group>/<version> such as backstage.io/v1alpha1: a DNS-name group and a "
                                + "version of 1-63 letters and digits"),
                broken(COMPONENT.replace("backstage.io/v1alpha1", "backstage.io/v2"), Rule.API_VERSION, "apiVersion",
                        1, "backstage.io/v2", "apiVersion \"backstage.io/v2\" is not supported for kind Component; "
                                + "expected backstage.io/v1alpha1 or backstage.io/v1beta1"),
                broken(COMPONENT.replace("kind: Component", "kind: Component-X"), Rule.KIND_FORMAT, "kind", 2,
                        "Component-X", "kind \"Component-X\" is not valid; expected 1-63 letters and digits, starting "
                                + "with a letter"),
                broken(COMPONENT.replace("name: payments", "name: invalid component"), Rule.NAME_FORMAT,
                        "metadata.name", 4, "invalid component", "metadata.name \"invalid component\" is not a valid "
                                + "name; expected 1-63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and "
                                + "ending with a letter or digit"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  namespace: Payments"),
                        Rule.NAMESPACE_FORMAT, "metadata.namespace", 5, "Payments", "metadata.namespace \"Payments\" "
                                + "is not a valid namespace; expected 1-63 lowercase letters and digits, words joined "
                                + "by '-' (a DNS label)"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  labels:\n    tier: gold plated"),
                        Rule.LABEL_FORMAT, "metadata.labels.tier", 6, "gold plated", "metadata.labels.tier value "
                                + "\"gold plated\" is not valid; expected an empty string or 1-63 characters of a-z, "
                                + "A-Z, 0-9, '-', '_' and '.', starting and ending with a letter or digit"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  labels:\n    a/b/c: x"),
                        Rule.LABEL_FORMAT, "metadata.labels[a/b/c]", 6, "a/b/c", "metadata.labels key \"a/b/c\" is "
                                + "not valid; expected an optional DNS-name prefix and '/', then a name of 1-63 "
                                + "characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a letter "
                                + "or digit"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  annotations:\n    example.com/replicas: 3"),
                        Rule.ANNOTATION_FORMAT, "metadata.annotations[example.com/replicas]", 6, "3",
                        "metadata.annotations[example.com/replicas] must be a string, found a number (quote it: \"3\")"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  tags: [go, go 1.15.3]"),
                        Rule.TAG_FORMAT, "metadata.tags[1]", 5, "go 1.15.3", "metadata.tags[1] \"go 1.15.3\" is not a "
                                + "valid tag; expected 1-63 characters of a-z, 0-9, ':', '+' and '#', words joined by "
                                + "single '-'"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  links:\n    - url: grafana/d/1"),
                        Rule.LINK_FORMAT, "metadata.links[0].url", 6, "grafana/d/1", "metadata.links[0].url "
                                + "\"grafana/d/1\" is not an absolute URL (expected e.g. https://example.com/dashboard)"),
                broken(COMPONENT.replace("name: payments", "name: payments\n  title: [a]"), Rule.FIELD_TYPE,
                        "metadata.title", 5, "[a]", "metadata.title must be a string, found a list"),
                broken(COMPONENT.replace("  owner: team-a\n", ""), Rule.REQUIRED_FIELD, "spec.owner", 5, null,
                        "spec.owner is required for kind Component"),
                broken(COMPONENT.replace("lifecycle: production", "lifecycle: 1"), Rule.FIELD_TYPE, "spec.lifecycle",
                        7, "1", "spec.lifecycle must be a string, found a number"),
                broken(COMPONENT.replace("owner: team-a", "owner: team-a\n  dependsOn: resource:db"), Rule.FIELD_TYPE,
                        "spec.dependsOn", 9, "resource:db", "spec.dependsOn must be a list of strings, found a string"),
                broken(COMPONENT.replace("owner: team-a", "owner: ''"), Rule.FIELD_TYPE, "spec.owner", 8, "",
                        "spec.owner must not be empty"),
                broken("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-a}\nspec:\n  type: team\n",
                        Rule.REQUIRED_FIELD, "spec.children", 4, null,
                        "spec.children is required for kind Group (a list, which may be empty: [])"),
                broken("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: {name: ada}\nspec:\n  profile: {}\n",
                        Rule.REQUIRED_FIELD, "spec.memberOf", 4, null,
                        "spec.memberOf is required for kind User (a list, which may be empty: [])"),
                broken("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: repo}\n",
                        Rule.REQUIRED_FIELD, "spec", 1, null, "spec is required for kind Location"),
                broken("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: repo}\nspec:\n"
                                + "  presence: maybe\n", Rule.FIELD_TYPE, "spec.presence", 5, "maybe",
                        "spec.presence must be \"required\" or \"optional\", found \"maybe\""),
                broken("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: a}\nspec:\n  type: openapi\n"
                                + "  lifecycle: production\n  owner: t\n", Rule.REQUIRED_FIELD, "spec.definition", 4,
                        null, "spec.definition is required for kind API"),
                broken("apiVersion: backstage.io/v1beta2\nkind: Template\nmetadata: {name: t}\nspec:\n  type: service\n"
                                + "  steps: []\n", Rule.API_VERSION, "apiVersion", 1, "backstage.io/v1beta2",
                        "apiVersion \"backstage.io/v1beta2\" is not supported for kind Template; expected "
                                + "scaffolder.backstage.io/v1beta3"),
                broken(COMPONENT.replace("spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n",
                        "spec: [a]\n"), Rule.FIELD_TYPE, "spec", 5, "[a]", "spec must be an object, found a list"));
    }

    @ParameterizedTest
    @MethodSource("brokenEntities")
    void eachBrokenRuleIsReportedWithItsFieldLineValueAndExpectation(String yaml, Rule rule, String field, int line,
                                                                    String value, String message) {
        assertThat(problems(yaml)).containsExactly(IngestProblem.error(rule, "repo/catalog-info.yaml", 1, line, field,
                value, message));
    }

    @Test
    void envelopeProblemsAreReportedBeforeAnythingElse() {
        List<IngestProblem> problems = problems("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
                + "  title: Payments\nspec: {}\n");

        assertThat(problems).containsExactly(IngestProblem.error(Rule.ENVELOPE, "repo/catalog-info.yaml", 1, 3,
                "metadata.name", null, "metadata.name is required"));
        assertThat(problems.getFirst().rule().fileLevel()).isTrue();
    }

    @Test
    void aFileThatIsNotABackstageDescriptorSaysSo() {
        assertThat(problems("spec:\n  inputs: {}\n")).extracting(IngestProblem::message).containsExactly(
                "apiVersion is required; this document has no apiVersion or kind, so it is not a Backstage entity "
                        + "descriptor",
                "kind is required; this document has no apiVersion or kind, so it is not a Backstage entity descriptor",
                "metadata is required; this document has no apiVersion or kind, so it is not a Backstage entity "
                        + "descriptor");
    }

    @Test
    void everyProblemOfADocumentIsReportedNotJustTheFirst() {
        List<IngestProblem> problems = problems("""
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata:
                  name: Custom MS SQL Docker
                spec:
                  type: Docker Images
                  lifecycle: production
                """);

        assertThat(problems).extracting(IngestProblem::rule, IngestProblem::field, IngestProblem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rule.NAME_FORMAT, "metadata.name", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(Rule.REQUIRED_FIELD, "spec.owner", Severity.ERROR));
    }

    private static Arguments broken(String yaml, Rule rule, String field, int line, String value, String message) {
        return Arguments.of(yaml, rule, field, line, value, message);
    }

    static List<IngestProblem> problems(String yaml) {
        return problems(yaml, AllowedKinds.DEFAULT);
    }

    static List<IngestProblem> problems(String yaml, AllowedKinds allowed) {
        YamlDocument document = new DescriptorYaml(YamlLimits.DEFAULT)
                .parseDescriptor(yaml.getBytes(StandardCharsets.UTF_8), "repo/catalog-info.yaml").documents().getFirst();
        DocumentProblems problems = new DocumentProblems("repo/catalog-info.yaml", document);
        List<IngestProblem> envelope = EnvelopeRules.check(problems);
        if (!envelope.isEmpty()) {
            return envelope;
        }
        EntityRules.check(problems, document.object(), allowed);
        return problems.all();
    }
}
