package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("security")
class ExpressionLoopsTest {

    @Test
    void refusesTheReduceOverAHugeRangeFromTheIssue() {
        assertThatThrownBy(() -> check("RETURN reduce(s=0, x IN range(1,600000000) | s + x)"))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessage("Refused: range(1, 600000000) spans 600,000,000 values; inside an expression at most "
                        + "100,000 are allowed. To go through more, make rows: UNWIND range(...) AS i. Neo4j cannot "
                        + "stop an expression at the timeout once it runs, so such expressions are refused before "
                        + "they run");
    }

    @Test
    void refusesTheHugeResultRowFromTheIssue() {
        assertThatThrownBy(() -> check("RETURN range(1, 20000000) AS r"))
                .hasMessageStartingWith("Refused: range(1, 20000000) spans 20,000,000 values");
    }

    @Test
    void refusesARangeWhoseBoundsAreNotKnownBeforeItRuns() {
        assertThatThrownBy(() -> check("MATCH (n) RETURN size(range(1, toInteger(n.count)))"))
                .hasMessageStartingWith("Refused: range(1, toInteger(n.count)) needs bounds that are numbers, "
                        + "parameters or size(...)");
    }

    @Test
    void readsParametersForRangeBounds() {
        assertThatThrownBy(() -> check("RETURN [x IN range(1, $n) | x]", Map.of("n", 2_000_000_000L)))
                .hasMessageStartingWith("Refused: range(1, $n) spans 2,000,000,000 values");
        assertThatCode(() -> check("RETURN [x IN range(1, $n) | x]", Map.of("n", 100L))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UNWIND range(1, 2000000000) AS i RETURN count(i)",
            "CYPHER 25 FOR i IN range(1, 2000000000) RETURN count(i)",
            "MATCH (c:Component) WITH collect(c) AS cs RETURN [i IN range(0, size(cs) - 1) | cs[i].ref]",
            "MATCH (n:Entity) WHERE any(a IN n.annotations WHERE a STARTS WITH 'github.com/project-slug=') RETURN n.ref",
            "MATCH (n:Entity) WITH collect(n) AS ns RETURN [x IN ns WHERE x.lifecycle = 'production' | [t IN x.tags | t]]",
            "RETURN reduce(s = 0, x IN [1, 2, 3] | CASE WHEN x > s THEN x ELSE s END) AS biggest",
            "RETURN [x IN range(1, 100) | [y IN range(1, 100) | x * y]] AS table",
            "MATCH (n:Entity) RETURN replace(n.name, '-', ' ') AS words, string.join(n.tags, ', ') AS tags",
            "CYPHER 25 RETURN allReduce(s = 0, x IN [1, 2] | s + x, s < 10) AS ok",
            "MATCH (c:Component) RETURN [(c)-[:OWNED_BY]->(g) | g.name] AS owners",
    })
    void allowsBoundedExpressionsAndLoopsOverData(String query) {
        assertThatCode(() -> check(query)).doesNotThrowAnyException();
    }

    @Test
    void refusesNestedLoopsThatMultiplyPastTheLimit() {
        assertThatThrownBy(() -> check("RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]"))
                .hasMessageStartingWith("Refused: the loop y IN range(1, 1000) would run 1,000,000 times with the "
                        + "loops around it; at most 100,000 are allowed");
    }

    @Test
    void refusesALoopOverDataInsideAnotherLoopOverData() {
        assertThatThrownBy(() -> check("MATCH (n:Entity) WITH collect(n) AS ns "
                + "RETURN [x IN ns | size([y IN ns WHERE y.owner = x.ref])]"))
                .hasMessageStartingWith("Refused: the loop y IN ns runs for every element of the loop around it "
                        + "over a list from the data; nested loops multiply");
    }

    @Test
    void refusesReduceOverDataWhoseAccumulatorMayGrowEveryStep() {
        assertThatThrownBy(() -> check("UNWIND range(1, 100000) AS i WITH collect('xxxxxxxxxx') AS l "
                + "RETURN size(reduce(s = '', r IN l | s + r))"))
                .hasMessageStartingWith("Refused: reduce() over l, a list from the data, cannot be bounded");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s))",
            "RETURN size(reduce(s = [1], i IN range(1, 40) | coll.flatten([s, s])))",
    })
    void refusesAReduceStepThatDoublesItsAccumulator(String query) {
        assertThatThrownBy(() -> check(query)).hasMessageContaining("uses its accumulator s more than once");
    }

    @Test
    void refusesAReplaceThatGrowsAStringThroughItsReplacement() {
        assertThatThrownBy(() -> check("MATCH (n:Entity) RETURN replace(n.description, 'a', n.description)"))
                .hasMessageStartingWith("Refused: replace(...) needs its replacement written as a string or "
                        + "parameter of at most 100 characters, got n.description");
        assertThatThrownBy(() -> check("RETURN replace(replace($s, 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')",
                Map.of("s", "a".repeat(1000))))
                .hasMessageStartingWith("Refused: replace(...) inside another replace()");
    }

    @Test
    void refusesALoopThatRepeatsALargeLiteral() {
        String literal = "'" + "x".repeat(50_000) + "'";
        assertThatThrownBy(() -> check("RETURN [x IN range(1, 100000) | " + literal + "]"))
                .hasMessageStartingWith("Refused: the loop x IN range(1, 100000) repeats 50,002 characters of "
                        + "literals and parameters for each element");
    }

    @Test
    void refusesALoopOverDataThatRepeatsAValueFromOutside() {
        assertThatThrownBy(() -> check("MATCH (n:Entity) WITH n, collect(n.ref) AS refs RETURN [r IN refs | n.description]"))
                .hasMessageStartingWith("Refused: the loop r IN refs repeats n (from outside the loop) for each element");
    }

    @Test
    void refusesAParameterListTooLongToLoopOver() {
        assertThatThrownBy(() -> check("RETURN reduce(s = 0, x IN $xs | s + x)",
                Map.of("xs", Collections.nCopies(20_000, 1))))
                .hasMessageStartingWith("Refused: the loop x IN $xs would run 20,000 times; at most 10,000 are allowed");
    }

    @Test
    void refusesTextTheGrammarDoesNotAccept() {
        assertThatThrownBy(() -> check("RETURN [x IN [1, 2 | x]"))
                .hasMessageStartingWith("The query could not be checked: line 1");
    }

    private static void check(String query) {
        check(query, Map.of());
    }

    private static void check(String query, Map<String, Object> parameters) {
        String version = query.startsWith("CYPHER 25") ? "25" : "5";
        ExpressionLoops.check(CypherSyntax.parse(query, version), parameters);
    }
}
