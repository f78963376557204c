package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.testing.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

/** The limits the ingester validates against are facts about Neo4j: written at the limit and one byte past it. */
@Tag("security")
class IndexLimitsTest {

    private static final String WRITE = "CREATE (n:Entity {ref: $ref, kind: $kind}) SET n[$property] = $value";

    private final TestNeo4j neo4j = TestNeo4j.get();

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void aRangeIndexedStringHoldsUpTo8164Utf8Bytes() {
        for (String property : new String[] {"ref", "repository", "repositoryUrl", "sourceFile"}) {
            assertThatCode(() -> write(property, "a".repeat(IndexLimits.RANGE_INDEX_BYTES), "Component"))
                    .as(property).doesNotThrowAnyException();
            assertThatThrownBy(() -> write(property, "a".repeat(IndexLimits.RANGE_INDEX_BYTES + 1), "Component"))
                    .as(property).isInstanceOf(Neo4jException.class).hasMessageContaining("too large to index");
        }
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        String euros = "€".repeat(IndexLimits.RANGE_INDEX_BYTES / 3);

        assertThatCode(() -> write("repository", euros, "Component")).doesNotThrowAnyException();
        assertThatThrownBy(() -> write("repository", euros + "€", "Component")).hasMessageContaining("too large to index");
    }

    @Test
    void kindAndTypeShareTheCompositeIndexsLimit() {
        for (String kind : new String[] {"Component", "X", "AiResource"}) {
            int room = IndexLimits.KIND_AND_TYPE_BYTES - IndexLimits.utf8Bytes(kind);
            assertThatCode(() -> write("type", "a".repeat(room), kind)).as(kind).doesNotThrowAnyException();
            assertThatThrownBy(() -> write("type", "a".repeat(room + 1), kind)).as(kind)
                    .hasMessageContaining("too large to index");
        }
    }

    @Test
    void theFullTextIndexTakesLongValues() {
        assertThatCode(() -> write("description", "word ".repeat(40_000), "Component")).doesNotThrowAnyException();
    }

    private void write(String property, String value, String kind) {
        String ref = property.equals("ref") ? value : "component:default/" + Long.toHexString(System.nanoTime());
        neo4j.database().writeStatement(WRITE, Map.of("ref", ref, "kind", kind, "property", property, "value", value));
    }
}
