package com.cataloggraph.ingest.derive;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.YamlDocument;
import com.cataloggraph.ingest.parse.YamlLimits;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationDeriverTest {

    @Test
    void derivesEveryComponentRelationWithTheFieldsDefaultKindAndTheEntitysNamespace() {
        Derived derived = derive(Kind.COMPONENT, "payments", "finance", """
                owner: team-a
                system: billing
                subcomponentOf: platform/core
                providesApis: [payments-api]
                consumesApis: [api:shared/auth-api]
                dependsOn: [resource:payments-db, component:default/ledger]
                dependencyOf: [component:checkout]
                """);

        assertThat(derived.problems()).isEmpty();
        assertThat(derived.relations()).extracting(RelationDeriverTest::line).containsExactly(
                "component:finance/payments OWNED_BY Group:finance/team-a",
                "component:finance/payments PART_OF System:finance/billing",
                "component:finance/payments PART_OF Component:platform/core",
                "component:finance/payments PROVIDES_API API:finance/payments-api",
                "component:finance/payments CONSUMES_API api:shared/auth-api",
                "component:finance/payments DEPENDS_ON resource:finance/payments-db",
                "component:finance/payments DEPENDS_ON component:default/ledger",
                "component:finance/checkout DEPENDS_ON component:finance/payments");
        assertThat(derived.relations()).allSatisfy(r ->
                assertThat(r.declaredBy().canonical()).isEqualTo("component:finance/payments"));
    }

    @Test
    void derivesTheOrganisationRelationsInTheirStoredDirection() {
        assertThat(derive(Kind.GROUP, "platform", "default", """
                type: team
                parent: engineering
                children: [sre]
                members: [ada, user:grace]
                """).relations()).extracting(RelationDeriverTest::line).containsExactly(
                "group:default/platform CHILD_OF Group:default/engineering",
                "Group:default/sre CHILD_OF group:default/platform",
                "User:default/ada MEMBER_OF group:default/platform",
                "user:default/grace MEMBER_OF group:default/platform");
        assertThat(derive(Kind.USER, "ada", "default", "memberOf: [platform, group:ops/oncall]").relations())
                .extracting(RelationDeriverTest::line).containsExactly(
                        "user:default/ada MEMBER_OF Group:default/platform",
                        "user:default/ada MEMBER_OF group:ops/oncall");
    }

    @Test
    void derivesSystemDomainResourceAndApiRelations() {
        assertThat(derive(Kind.SYSTEM, "billing", "default", "owner: team-a\ndomain: finance").relations())
                .extracting(RelationDeriverTest::line).containsExactly("system:default/billing OWNED_BY Group:default/team-a",
                        "system:default/billing PART_OF Domain:default/finance");
        assertThat(derive(Kind.DOMAIN, "finance", "default", "owner: cfo\nsubdomainOf: company").relations())
                .extracting(RelationDeriverTest::line).containsExactly("domain:default/finance OWNED_BY Group:default/cfo",
                        "domain:default/finance PART_OF Domain:default/company");
        assertThat(derive(Kind.RESOURCE, "db", "default", "owner: user:ada\nsystem: billing\n"
                + "dependsOn: [resource:disk]\ndependencyOf: [component:api]").relations())
                .extracting(RelationDeriverTest::line).containsExactly("resource:default/db OWNED_BY user:default/ada",
                        "resource:default/db PART_OF System:default/billing",
                        "resource:default/db DEPENDS_ON resource:default/disk",
                        "component:default/api DEPENDS_ON resource:default/db");
        assertThat(derive(Kind.API, "auth", "default", "owner: platform\nsystem: identity").relations())
                .extracting(RelationDeriverTest::line).containsExactly("api:default/auth OWNED_BY Group:default/platform",
                        "api:default/auth PART_OF System:default/identity");
    }

    @Test
    void recordsTheFileLineAndFieldOfEachRelationAlsoOfOneStoredTheOtherWayRound() {
        Derived derived = derive(Kind.COMPONENT, "payments", "default", """
                owner:
                  team-a
                dependsOn:
                  - resource:a
                  - resource:b
                dependencyOf: [component:checkout]
                """);

        assertThat(derived.relations()).extracting(r -> line(r) + " @ " + r.declaredAt().text()).containsExactly(
                "component:default/payments OWNED_BY Group:default/team-a @ f.yaml:8:spec.owner",
                "component:default/payments DEPENDS_ON resource:default/a @ f.yaml:10:spec.dependsOn[0]",
                "component:default/payments DEPENDS_ON resource:default/b @ f.yaml:11:spec.dependsOn[1]",
                "component:default/checkout DEPENDS_ON component:default/payments @ f.yaml:12:spec.dependencyOf[0]");
    }

    @Test
    void aDependsOnWithoutKindFailsTheEntityNamingTheFix() {
        Derived derived = derive(Kind.COMPONENT, "payments", "default", "dependsOn:\n  - resource:a\n  - payments-db\n");

        assertThat(derived.relations()).extracting(RelationDeriverTest::line)
                .containsExactly("component:default/payments DEPENDS_ON resource:default/a");
        assertThat(derived.problems()).containsExactly(IngestProblem.error(Rule.ENTITY_REF, "f.yaml", 1, 9,
                "spec.dependsOn[1]", "payments-db", "spec.dependsOn[1] \"payments-db\" is not a valid entity "
                        + "reference: dependsOn has no default kind, so the ref must name it, e.g. "
                        + "\"resource:payments-db\" or \"component:payments-db\""));
    }

    @Test
    void aRefWithAnEmptyPartFailsTheEntity() {
        Derived derived = derive(Kind.COMPONENT, "payments", "default", "owner: 'group:'\n");

        assertThat(derived.problems()).extracting(IngestProblem::field, IngestProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("spec.owner", "spec.owner \"group:\" is not a valid entity "
                        + "reference: expected [<kind>:][<namespace>/]<name> with no empty part"));
    }

    private static String line(Relation relation) {
        return relation.source() + " " + relation.type() + " " + relation.target();
    }

    private record Derived(List<Relation> relations, List<IngestProblem> problems) {
    }

    @SuppressWarnings("unchecked")
    private static Derived derive(Kind kind, String name, String namespace, String specYaml) {
        String yaml = "apiVersion: backstage.io/v1alpha1\nkind: " + kind.displayName() + "\nmetadata:\n  name: "
                + name + "\n  namespace: " + namespace + "\nspec:\n" + specYaml.indent(2);
        YamlDocument document = new DescriptorYaml(YamlLimits.DEFAULT)
                .parseDescriptor(yaml.getBytes(StandardCharsets.UTF_8), "f.yaml").documents().getFirst();
        DocumentProblems problems = new DocumentProblems("f.yaml", document);
        List<Relation> relations = RelationDeriver.derive(new EntityRef(kind.key(), namespace, name), kind,
                (Map<String, Object>) document.object().get("spec"), problems);
        return new Derived(relations, problems.all());
    }
}
