package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 20 item 2: an unknown name built a fuzzy search of unbounded size (a 1,000,000-character
 * ref exhausted the heap), a 5,000-word search failed inside Lucene. Lookups and searches now
 * refuse such input up front, saying how long it was and never repeating it.
 */
@Tag("security")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedInputTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
    }

    @Test
    void refusesAMillionCharacterRefWithoutRepeatingIt() {
        String ref = "x".repeat(1_000_000);

        assertThatThrownBy(() -> graph.entities().resolve(ref))
                .isInstanceOf(InputTooLongException.class)
                .hasMessage("The entity name or ref has 1,000,000 characters; at most 300 are accepted. Pass a ref "
                        + "such as component:default/payments, or a name or title.");
    }

    @Test
    void refusesANameJustPastTheBoundAndTakesOneAtIt() {
        assertThatThrownBy(() -> graph.entities().resolve("a".repeat(301))).isInstanceOf(InputTooLongException.class);
        assertThat(graph.entities().resolve("a".repeat(300)).isFound()).isFalse();
    }

    @Test
    void refusesAFiveThousandWordSearch() {
        String words = String.join(" ", java.util.Collections.nCopies(5_000, "pay"));

        assertThatThrownBy(() -> graph.entities().search(words.substring(0, 499), EntityFilter.NONE, 10))
                .isInstanceOf(InputTooLongException.class)
                .hasMessage("The search text has 125 words; at most 16 are accepted. Search with a few words.");
        assertThatThrownBy(() -> graph.entities().search(words, EntityFilter.NONE, 10))
                .isInstanceOf(InputTooLongException.class)
                .hasMessage("The search text has 19,999 characters; at most 500 are accepted. Search with a few words.");
    }

    @Test
    void searchesWithSixteenWords() {
        String words = String.join(" ", java.util.Collections.nCopies(15, "zzz")) + " pci";

        assertThat(graph.entities().search(words, EntityFilter.NONE, 10)).isEmpty();
        assertThat(graph.entities().search(String.join(" ", List.of("card", "payments")), EntityFilter.NONE, 10))
                .extracting(hit -> hit.entity().ref()).first().isEqualTo("component:default/payments-service");
    }

    @Test
    void suggestsFromALongButBoundedName() {
        String name = ("payments-service-" + "x-".repeat(150)).substring(0, 300);

        Resolution resolution = graph.entities().resolve(name);
        assertThat(resolution.isFound()).isFalse();
        assertThat(resolution.suggestions()).extracting(EntitySummary::ref)
                .contains("component:default/payments-service");
    }
}
