package com.cataloggraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("security")
class DescriptorYamlTest {

    private final DescriptorYaml yaml = new DescriptorYaml(YamlLimits.DEFAULT);

    @Test
    void readsEveryDocumentWithItsIndexAndLineAndSkipsEmptyOnes() {
        ParsedYaml parsed = parse("""
                # a comment before the first document
                ---
                kind: Component
                metadata: {name: a}
                ---
                ---
                kind: API
                metadata:
                  name: b
                ---
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.documents()).extracting(YamlDocument::index, YamlDocument::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(3, 7));
        assertThat(parsed.documents().get(1).object()).isEqualTo(Map.of("kind", "API", "metadata", Map.of("name", "b")));
    }

    @Test
    void readsScalarsWithTheYaml12CoreSchemaAsBackstageDoes() {
        Map<String, Object> values = single("""
                on: on
                yes: yes
                country: NO
                date: 2024-01-31
                decimal: 010
                octal: 0o17
                hex: 0x1F
                big: 123456789012345678901234567890
                float: 1.5
                exponent: 1e3
                yes-bool: true
                shout: FALSE
                nothing: ~
                empty:
                quoted: "true"
                merge: <<
                """);

        assertThat(values).containsEntry("on", "on").containsEntry("yes", "yes").containsEntry("country", "NO")
                .containsEntry("date", "2024-01-31").containsEntry("decimal", 10L).containsEntry("octal", 15L)
                .containsEntry("hex", 31L).containsEntry("big", new java.math.BigInteger("123456789012345678901234567890"))
                .containsEntry("float", 1.5).containsEntry("exponent", 1000.0).containsEntry("yes-bool", true)
                .containsEntry("shout", false).containsEntry("nothing", null).containsEntry("empty", null)
                .containsEntry("quoted", "true").containsEntry("merge", "<<");
    }

    @Test
    void numericKeysBecomeTheirTextAsInJson() {
        assertThat(single("responses:\n  200: ok\n  404: gone\n"))
                .isEqualTo(Map.of("responses", Map.of("200", "ok", "404", "gone")));
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsLineAndColumnNotAnException() {
        ParsedYaml parsed = parse("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: "unclosed
                spec: {}
                """);

        assertThat(parsed.documents()).isEmpty();
        IngestProblem problem = parsed.problems().getFirst();
        assertThat(problem.rule()).isEqualTo(Rule.YAML_SYNTAX);
        assertThat(problem.file()).isEqualTo("repo/catalog-info.yaml");
        assertThat(problem.document()).isEqualTo(1);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).startsWith("YAML syntax error: while scanning a quoted scalar started on line 4: "
                + "found unexpected end of stream (column 1)");
    }

    @Test
    void aSyntaxErrorInALaterDocumentRejectsTheWholeFile() {
        ParsedYaml parsed = parse("kind: A\nmetadata: {name: a}\n---\nkind: [unclosed\n");

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.documents()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.document()).isEqualTo(2);
            assertThat(p.rule()).isEqualTo(Rule.YAML_SYNTAX);
        });
    }

    @Test
    void aDuplicateKeyIsAnErrorOnTheSecondKeysLine() {
        ParsedYaml parsed = parse("kind: Component\nmetadata:\n  name: a\n  name: b\n");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_DUPLICATE_KEY);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("the key \"name\" appears twice in the same mapping; YAML keys must be "
                    + "unique");
        });
    }

    @Test
    void refusesABillionLaughsFile() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
        }

        ParsedYaml parsed = parse(bomb.toString());

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_LIMIT);
            assertThat(p.message()).isEqualTo("YAML refused: Number of aliases for non-scalar nodes exceeds the "
                    + "specified max=50");
        });
    }

    @Test
    void refusesAliasesThatExpandBeyondTheValueLimitEvenUnderTheAliasLimit() {
        DescriptorYaml small = new DescriptorYaml(new YamlLimits(50, 64, 1_000_000, 1000));
        StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'e'; c++) {
            char prev = (char) (c - 1);
            text.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }

        ParsedYaml parsed = small.parseDescriptor(text.toString().getBytes(StandardCharsets.UTF_8), "f.yaml");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_LIMIT);
            assertThat(p.message()).startsWith("the document expands to more than 1,000 values");
        });
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        ParsedYaml parsed = parse("deep: " + "[".repeat(100) + "]".repeat(100) + "\n");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_LIMIT);
            assertThat(p.message()).isEqualTo("YAML refused: Nesting Depth exceeded max 64");
        });
    }

    @Test
    void refusesARecursiveAlias() {
        ParsedYaml parsed = parse("a: &a\n  - *a\n");

        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.YAML_LIMIT));
    }

    @Test
    void aDocumentThatIsNotAnObjectFailsTheFile() {
        ParsedYaml parsed = parse("kind: A\nmetadata: {name: a}\n---\n- just\n- a list\n");

        assertThat(parsed.documents()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.DOCUMENT_NOT_OBJECT);
            assertThat(p.document()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).endsWith("but it is a list");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorSayingWhere() {
        byte[] latin1 = "kind: Component\nmetadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        ParsedYaml parsed = yaml.parseDescriptor(latin1, "repo/catalog-info.yaml");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.NOT_UTF8);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.value()).isEqualTo("0xE9");
            assertThat(p.message()).isEqualTo("the file is not valid UTF-8: byte 0xE9 at offset 37 (line 3) does not "
                    + "start or continue a UTF-8 character; save it as UTF-8");
        });
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] text = "\uFEFFkind: Component\n".getBytes(StandardCharsets.UTF_8);

        assertThat(yaml.parseDescriptor(text, "f.yaml").documents().getFirst().object()).containsEntry("kind",
                "Component");
    }

    @Test
    void aTagNamingAJavaClassIsRefusedNeverConstructed() {
        ParsedYaml parsed = parse(
                "exploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.YAML_SYNTAX);
            assertThat(p.message()).isEqualTo("YAML syntax error: Global tag is not allowed: "
                    + "tag:yaml.org,2002:javax.script.ScriptEngineManager (column 10)");
        });
    }

    @Test
    void otherTagsAreReadAsPlainValues() {
        Map<String, Object> values = single("binary: !!binary aGVsbG8=\ncustom: !Ref SomeResource\nlist: !Seq [a]\n");

        assertThat(values).containsEntry("binary", "aGVsbG8=").containsEntry("custom", "SomeResource")
                .containsEntry("list", List.of("a"));
    }

    @Test
    void findsTheLineOfAFieldOrOfItsNearestEnclosingField() {
        YamlDocument document = parse("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: service
                  dependsOn:
                    - resource:a
                    - resource:b
                """).documents().getFirst();

        assertThat(document.lineOf(FieldPath.of("metadata", "name"))).isEqualTo(4);
        assertThat(document.lineOf(FieldPath.of("spec", "dependsOn").index(1))).isEqualTo(9);
        assertThat(document.lineOf(FieldPath.of("spec", "owner"))).isEqualTo(5);
        assertThat(document.lineOf(FieldPath.of("status"))).isEqualTo(1);
    }

    @Test
    void namesFieldsAsPeopleWriteThem() {
        assertThat(FieldPath.of("spec", "dependsOn").index(2).toString()).isEqualTo("spec.dependsOn[2]");
        assertThat(FieldPath.of("metadata", "annotations", "backstage.io/techdocs-ref").toString())
                .isEqualTo("metadata.annotations[backstage.io/techdocs-ref]");
    }

    private ParsedYaml parse(String text) {
        return yaml.parseDescriptor(text.getBytes(StandardCharsets.UTF_8), "repo/catalog-info.yaml");
    }

    private Map<String, Object> single(String text) {
        ParsedYaml parsed = parse(text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.documents().getFirst().object();
    }
}
