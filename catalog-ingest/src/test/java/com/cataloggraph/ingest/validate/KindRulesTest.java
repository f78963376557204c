package com.cataloggraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.parse.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds as Backstage's catalog takes them: case-sensitive, built-in ones recognised by its processors, any
 * other only where a plugin recognises it, and all of them subject to the catalog.rules allow-list.
 */
class KindRulesTest {

    private static final String ENVIRONMENT = """
            apiVersion: backstage.io/v1alpha1
            kind: Environment
            metadata:
              name: staging
            spec:
              type: kubernetes
            """;

    @Test
    void builtInKindsAreCaseSensitive() {
        List<IngestProblem> problems = EntityValidationTest.problems(EntityValidationTest.COMPONENT
                .replace("kind: Component", "kind: component"));

        assertThat(problems).containsExactly(IngestProblem.error(Rule.UNKNOWN_KIND, "repo/catalog-info.yaml", 1, 2,
                "kind", "component", "kind \"component\" is not a kind the catalog knows; kinds are case-sensitive, "
                        + "did you mean \"Component\"?"));
    }

    @Test
    void aKindNeitherBuiltInNorAllowedIsUnknown() {
        assertThat(EntityValidationTest.problems(ENVIRONMENT)).extracting(IngestProblem::rule, IngestProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_KIND, "kind \"Environment\" is not a "
                        + "kind the catalog knows; add it to catalog.ingest.allowed-kinds if a plugin defines it"));
    }

    @Test
    void anAllowedPluginKindMustBeSpelledAsTheAllowListSpellsIt() {
        AllowedKinds allowed = AllowedKinds.of(List.of("Component", "Environment"));

        assertThat(EntityValidationTest.problems(ENVIRONMENT, allowed)).isEmpty();
        assertThat(EntityValidationTest.problems(ENVIRONMENT.replace("kind: Environment", "kind: environment"), allowed))
                .extracting(IngestProblem::message).containsExactly("kind \"environment\" is not a kind the catalog "
                        + "knows; kinds are case-sensitive, did you mean \"Environment\"?");
    }

    @Test
    void aKindTheAllowListLeavesOutRejectsTheFileNamingTheSetting() {
        List<IngestProblem> problems = allowedCheck(ENVIRONMENT, AllowedKinds.DEFAULT);

        assertThat(problems).containsExactly(IngestProblem.error(Rule.KIND_NOT_ALLOWED, "repo/catalog-info.yaml", 1, 2,
                "kind", "Environment", "kind \"Environment\" with spec.type \"kubernetes\" is not allowed "
                        + "(catalog.ingest.allowed-kinds: Component, API, Resource, System, Domain, Group, User, "
                        + "Location, Template); as with Backstage's catalog.rules, the whole file is rejected"));
        assertThat(Rule.KIND_NOT_ALLOWED.fileLevel()).isTrue();
    }

    @Test
    void theAllowListMatchesKindsAndSpecTypesIgnoringCaseAsCatalogRulesDo() {
        AllowedKinds allowed = AllowedKinds.of(List.of("component", "Resource:Database"));

        assertThat(allowed.allows("Component", "service")).isTrue();
        assertThat(allowed.allows("Resource", "database")).isTrue();
        assertThat(allowed.allows("Resource", "s3-bucket")).isFalse();
        assertThat(allowed.allows("Resource", null)).isFalse();
        assertThat(allowed.allows("API", "openapi")).isFalse();
    }

    @Test
    void aMalformedKindRejectsTheFileAsTheRulesDo() {
        assertThat(allowedCheck(ENVIRONMENT.replace("kind: Environment", "kind: Service-Component"),
                AllowedKinds.DEFAULT)).extracting(IngestProblem::rule).containsExactly(Rule.KIND_FORMAT);
    }

    @Test
    void aBadAllowListEntryStopsTheApplicationNamingTheProperty() {
        assertThatThrownBy(() -> AllowedKinds.of(List.of("Resource:"))).hasMessage("catalog.ingest.allowed-kinds "
                + "entries must be a kind (1-63 letters and digits, starting with a letter), optionally followed by ':' "
                + "and a spec.type such as Resource:database, was 'Resource:'");
    }

    private static List<IngestProblem> allowedCheck(String yaml, AllowedKinds allowed) {
        YamlDocument document = new DescriptorYaml(YamlLimits.DEFAULT)
                .parseDescriptor(yaml.getBytes(StandardCharsets.UTF_8), "repo/catalog-info.yaml").documents().getFirst();
        DocumentProblems problems = new DocumentProblems("repo/catalog-info.yaml", document);
        KindRules.checkAllowed(problems, allowed);
        return problems.all();
    }
}
