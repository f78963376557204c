package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.CypherSyntax.children;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Refuses, before a query runs, the expressions whose work Neo4j cannot stop at the timeout.
 *
 * <p>Neo4j stops a transaction cooperatively: its operators (a scan, an expand, {@code UNWIND}) check
 * between rows whether the transaction was terminated, but one expression evaluated for one row never
 * checks. {@code RETURN reduce(s = 0, x IN range(1, 600000000) | s + x)} is a single expression: it
 * ran a minute past a 10 s timeout, and a 2-billion range kept a database thread busy for minutes
 * after the client gave up. The same holds for memory: one expression can build a list or a string
 * larger than the heap before anything checks. So every loop inside an expression (list
 * comprehensions, {@code reduce}, {@code allReduce}, {@code all/any/none/single}) and every function
 * that makes a value much larger than its arguments must be bounded by the query text itself:
 *
 * <ul>
 *   <li>{@code range()} needs bounds that are numbers or parameters, at most {@value #MAX_RANGE} values
 *       apart (or {@code size(...)} of a list plus or minus such a number); as the list of an
 *       {@code UNWIND} (or {@code FOR}) it may be as long as wanted, since rows are where the timeout bites;</li>
 *   <li>loops over lists written in the query (literals, parameters, such ranges) run at most
 *       {@value #MAX_CONSTANT_ITERATIONS} times in all, nested loops multiplying; {@code reduce} at most
 *       {@value #MAX_REDUCE_STEPS} steps, and only over such lists;</li>
 *   <li>a loop over a list from the data ({@code collect(...)}, a property, a path) runs once: inside
 *       another loop only when it walks a part of that loop's element ({@code [t IN x.tags ...]}), and
 *       beside at most {@value #MAX_ITERATIONS_BESIDE_DATA} iterations of fixed lists;</li>
 *   <li>what a loop makes for each element may repeat at most {@value #MAX_REPEATED_CHARS} characters of
 *       literals and parameters in all ({@value #MAX_CHARS_PER_DATA_ELEMENT} per element
 *       of a list from the data), and may use values from outside the loop only when the loop is
 *       short, so a loop cannot copy a large value many times;</li>
 *   <li>a {@code reduce} step uses its accumulator once (outside comparisons), so it cannot double it each step;</li>
 *   <li>{@code replace}, {@code string.regexReplace} and {@code string.join} take a replacement or
 *       delimiter of at most {@value #MAX_GROWTH_CHARS} characters written in the query, and do not nest.</li>
 * </ul>
 */
final class ExpressionLoops {

    static final long MAX_RANGE = 100_000;
    static final long MAX_CONSTANT_ITERATIONS = 100_000;
    static final long MAX_REDUCE_STEPS = 10_000;
    static final long MAX_ITERATIONS_BESIDE_DATA = 10;
    static final long MAX_REPEATED_CHARS = 1_000_000;
    static final long MAX_CHARS_PER_DATA_ELEMENT = 1_000;
    static final long MAX_GROWTH_CHARS = 100;

    private static final Set<String> LOOPS = Set.of("listComprehension", "listItemsPredicate", "reduceExpression",
            "allReduceExpressionValidArguments");
    private static final Set<String> REDUCERS = Set.of("reduceExpression", "allReduceExpressionValidArguments");
    /** Functions whose result can be many times larger than their arguments, with the argument that sets how much. */
    private static final Map<String, Integer> GROWING_FUNCTIONS = Map.of(
            "replace", 2, "string.regexreplace", 2, "string.join", 1);

    private final CypherSyntax syntax;
    private final ExpressionFacts facts;

    private ExpressionLoops(CypherSyntax syntax, Map<String, Object> parameters) {
        this.syntax = syntax;
        this.facts = new ExpressionFacts(syntax, parameters);
    }

    /** @throws RejectedQueryException naming the expression and the rule it breaks */
    static void check(CypherSyntax syntax, Map<String, Object> parameters) {
        new ExpressionLoops(syntax, parameters).visit(syntax.root(), Nest.OUTSIDE);
    }

    /** The loops an expression sits in. */
    private record Nest(Set<String> variables, long fixedIterations, boolean overData, int depth) {
        static final Nest OUTSIDE = new Nest(Set.of(), 1, false, 0);

        Nest enter(Set<String> bound, long iterations, boolean data) {
            Set<String> all = new HashSet<>(variables);
            all.addAll(bound);
            return new Nest(all, iterations, overData || data, depth + 1);
        }
    }

    private void visit(ParseTree node, Nest nest) {
        String rule = syntax.rule(node);
        if (LOOPS.contains(rule)) {
            loop(node, nest);
            return;
        }
        switch (rule) {
            case "localFunctionDefinition" -> throw refused("defining functions in a query is not allowed");
            case "unwindClause", "forListClause" -> {
                rowList(node, nest);
                return;
            }
            case "functionInvocation" -> function(node);
            default -> {
                // nothing to check on this node itself
            }
        }
        children(node).forEach(child -> visit(child, nest));
    }

    /** UNWIND's list makes rows, and the timeout stops rows: a long range() there is fine. */
    private void rowList(ParseTree clause, Nest nest) {
        for (ParseTree child : children(clause)) {
            ParseTree inner = syntax.essential(child);
            if (syntax.rule(inner).equals("functionInvocation") && syntax.functionName(inner).equals("range")) {
                children(inner).forEach(part -> visit(part, nest));
            } else {
                visit(child, nest);
            }
        }
    }

    private void function(ParseTree call) {
        String name = syntax.functionName(call);
        List<ParseTree> arguments = syntax.arguments(call);
        if (name.equals("range")) {
            long span = facts.rangeSpan(arguments);
            if (span > MAX_RANGE) {
                throw refused("range(" + facts.text(arguments) + ") "
                        + (span == Long.MAX_VALUE ? "needs bounds that are numbers, parameters or size(...)"
                        : "spans " + count(span) + " values")
                        + "; inside an expression at most " + count(MAX_RANGE)
                        + " are allowed. To go through more, make rows: UNWIND range(...) AS i");
            }
        }
        Integer growth = GROWING_FUNCTIONS.get(name);
        if (growth != null && arguments.size() > growth) {
            ParseTree by = arguments.get(growth);
            if (!facts.isConstant(by) || facts.constantChars(by) > MAX_GROWTH_CHARS) {
                throw refused(name + "(...) needs its " + (growth == 1 ? "delimiter" : "replacement")
                        + " written as a string or parameter of at most " + MAX_GROWTH_CHARS + " characters, got "
                        + facts.shortText(by));
            }
            for (ParseTree argument : arguments) {
                if (containsGrowingFunction(argument)) {
                    throw refused(name + "(...) inside another replace(), string.regexReplace() or string.join() "
                            + "can grow a string exponentially");
                }
            }
        }
    }

    private boolean containsGrowingFunction(ParseTree node) {
        if (syntax.rule(node).equals("functionInvocation") && GROWING_FUNCTIONS.containsKey(syntax.functionName(node))) {
            return true;
        }
        return children(node).stream().anyMatch(this::containsGrowingFunction);
    }

    private void loop(ParseTree loop, Nest nest) {
        LoopParts parts = LoopParts.of(loop, syntax);
        if (parts.list() == null) {
            children(loop).forEach(child -> visit(child, nest));
            return;
        }
        String describe = "the loop " + parts.variable() + " IN " + facts.shortText(parts.list());
        boolean reduce = REDUCERS.contains(syntax.rule(loop));
        if (parts.initial() != null) {
            visit(parts.initial(), nest);
        }
        visit(parts.list(), nest);
        ExpressionFacts.ListSize size = facts.listSize(parts.list(), nest.variables());
        Nest inside = inside(nest, parts, size, reduce, describe);
        parts.made().forEach(made -> visit(made, inside));
        parts.predicates().forEach(predicate -> visit(predicate, inside));
        for (ParseTree made : parts.made()) {
            checkWhatEachStepMakes(made, inside, describe);
            if (reduce && facts.accumulatorUses(made, parts.accumulator()) > 1) {
                throw refused("the reduce() step " + facts.shortText(made) + " uses its accumulator "
                        + parts.accumulator() + " more than once, which can double it at every step");
            }
        }
    }

    /** The loops around what this loop makes, once the loop is known to be bounded. */
    private Nest inside(Nest nest, LoopParts parts, ExpressionFacts.ListSize size, boolean reduce, String describe) {
        Nest inside = switch (size.kind()) {
            case FIXED -> {
                long iterations = multiply(nest.fixedIterations(), size.elements());
                long limit = nest.overData() ? MAX_ITERATIONS_BESIDE_DATA : reduce ? MAX_REDUCE_STEPS
                        : MAX_CONSTANT_ITERATIONS;
                if (iterations > limit) {
                    throw refused(describe + " would run " + count(iterations)
                            + " times" + (nest.depth() > 0 ? " with the loops around it" : "") + "; at most "
                            + count(limit) + " are allowed"
                            + (nest.overData() ? " inside a loop over data" : "") + ". Make rows with UNWIND instead");
                }
                yield nest.enter(parts.bound(), iterations, false);
            }
            case DATA -> {
                if (reduce) {
                    throw refused("reduce() over " + facts.shortText(parts.list()) + ", a list from the data, "
                            + "cannot be bounded; reduce() runs over lists written in the query. Use UNWIND with "
                            + "sum(), collect() or count() instead");
                }
                if (nest.depth() > 0) {
                    throw refused(describe + " runs for every element of the loop around it over a list from the "
                            + "data; nested loops multiply. Make rows with UNWIND instead");
                }
                yield nest.enter(parts.bound(), nest.fixedIterations(), true);
            }
            case PART_OF_ELEMENT -> {
                if (reduce) {
                    throw refused("reduce() over " + facts.shortText(parts.list()) + ", a list from the data, "
                            + "cannot be bounded; reduce() runs over lists written in the query");
                }
                yield nest.enter(parts.bound(), nest.fixedIterations(), true);
            }
        };
        if (nest.overData() || size.kind() != ExpressionFacts.ListSize.Kind.FIXED) {
            if (inside.fixedIterations() > MAX_ITERATIONS_BESIDE_DATA) {
                throw refused(describe + " runs over data inside " + count(inside.fixedIterations())
                        + " iterations of fixed lists; at most " + MAX_ITERATIONS_BESIDE_DATA
                        + " are allowed. Make rows with UNWIND instead");
            }
        }
        return inside;
    }

    /** A loop repeats what it makes for each element: neither large constants nor outside values many times. */
    private void checkWhatEachStepMakes(ParseTree made, Nest inside, String describe) {
        long perElement = facts.constantChars(made);
        long repeated = multiply(perElement, inside.fixedIterations());
        long limit = inside.overData() ? MAX_CHARS_PER_DATA_ELEMENT : MAX_REPEATED_CHARS;
        if (repeated > limit) {
            throw refused(describe + " repeats " + count(perElement)
                    + " characters of literals and parameters for each element; at most "
                    + count(limit) + (inside.overData() ? " per element of a list "
                    + "from the data" : " in all") + " are allowed");
        }
        Set<String> outside = facts.wholeVariables(made);
        outside.removeAll(inside.variables());
        if (!outside.isEmpty() && (inside.overData() || inside.fixedIterations() > MAX_ITERATIONS_BESIDE_DATA)) {
            throw refused(describe + " repeats " + String.join(", ", outside.stream().sorted().toList())
                    + " (from outside the loop) for each element, which can copy a large value many times; "
                    + "return it beside the list instead");
        }
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static RejectedQueryException refused(String why) {
        return new RejectedQueryException("Refused: " + why + ". Neo4j cannot stop an expression at the timeout "
                + "once it runs, so such expressions are refused before they run");
    }

    /** The parts of a loop expression, found by the tokens between them (both grammars share these). */
    private record LoopParts(String variable, String accumulator, Set<String> bound, ParseTree initial, ParseTree list,
                             List<ParseTree> made, List<ParseTree> predicates) {

        static LoopParts of(ParseTree loop, CypherSyntax syntax) {
            List<String> variables = new ArrayList<>();
            ParseTree initial = null;
            ParseTree list = null;
            List<ParseTree> made = new ArrayList<>();
            List<ParseTree> predicates = new ArrayList<>();
            String after = "";
            for (ParseTree child : children(loop)) {
                if (child instanceof TerminalNode token) {
                    after = token.getText().toUpperCase(Locale.ROOT);
                    continue;
                }
                String rule = syntax.rule(child);
                if (rule.equals("variable")) {
                    variables.add(child.getText());
                } else if (rule.equals("expression")) {
                    switch (after) {
                        case "=" -> initial = child;
                        case "IN" -> list = child;
                        case "|" -> made.add(child);
                        default -> predicates.add(child);
                    }
                }
            }
            String variable = variables.isEmpty() ? "?" : variables.getLast();
            String accumulator = variables.size() > 1 ? variables.getFirst() : null;
            return new LoopParts(variable, accumulator, new HashSet<>(variables), initial, list, made, predicates);
        }
    }
}
