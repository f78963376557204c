package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.CypherSyntax.children;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the query text (and its parameters) says about an expression before it runs: how many
 * elements a list can have, how many values a range makes, the characters of literals and
 * parameters it holds, the variables it reads from outside.
 */
final class ExpressionFacts {

    /** How many elements a list may have. */
    record ListSize(Kind kind, long elements) {
        enum Kind {
            /** known from the query text: a literal, a parameter, a range() with constant bounds */
            FIXED,
            /** as long as a value from the data (a collected list, a property), known only when the query runs */
            DATA,
            /** a part of the element of an enclosing loop ({@code x.tags} inside {@code x IN ...}) */
            PART_OF_ELEMENT
        }
    }

    /** Rules that bind names of their own inside an expression (patterns, loops, subqueries). */
    private static final Set<String> BINDING_RULES = Set.of("nodePattern", "relationshipPattern", "listComprehension",
            "listItemsPredicate", "reduceExpression", "allReduceExpressionValidArguments", "returnItem", "unwindClause",
            "forListClause");
    private static final int SHORT_TEXT = 60;

    private final CypherSyntax syntax;
    private final Map<String, Object> parameters;
    private final RangeBounds ranges;

    ExpressionFacts(CypherSyntax syntax, Map<String, Object> parameters) {
        this.syntax = syntax;
        this.parameters = parameters;
        this.ranges = new RangeBounds(syntax, parameters);
    }

    /** How many values range(...) with these arguments makes; Long.MAX_VALUE when its bounds are unknown. */
    long rangeSpan(List<ParseTree> arguments) {
        return ranges.span(arguments);
    }

    /** Written in the query: a literal or a parameter. */
    boolean isConstant(ParseTree node) {
        String rule = syntax.rule(syntax.essential(node));
        return rule.equals("literal") || rule.endsWith("Literal") || rule.equals("parameter");
    }

    /** Characters of the literals and parameter values inside an expression. */
    long constantChars(ParseTree node) {
        String rule = syntax.rule(node);
        if (rule.equals("literal")) {
            return node.getText().length();
        }
        if (rule.equals("parameter")) {
            return chars(parameters.get(syntax.parameterName(node)));
        }
        long total = 0;
        for (ParseTree child : children(node)) {
            total += constantChars(child);
        }
        return total;
    }

    private static long chars(Object value) {
        return switch (value) {
            case null -> 4;
            case Collection<?> list -> 2 + list.stream().mapToLong(element -> chars(element) + 1).sum();
            case Map<?, ?> map -> 2 + map.entrySet().stream()
                    .mapToLong(entry -> String.valueOf(entry.getKey()).length() + chars(entry.getValue()) + 2).sum();
            default -> String.valueOf(value).length();
        };
    }

    ListSize listSize(ParseTree list, Set<String> loopVariables) {
        ParseTree e = syntax.essential(list);
        String rule = syntax.rule(e);
        if (rule.equals("listLiteral")) {
            return fixed(children(e).stream().filter(child -> child instanceof ParserRuleContext).count());
        }
        if (rule.equals("parameter")) {
            return fixed(parameters.get(syntax.parameterName(e)) instanceof Collection<?> values ? values.size() : 1);
        }
        if (rule.equals("functionInvocation") && syntax.functionName(e).equals("range")
                && ranges.constant(syntax.arguments(e))) {
            return fixed(ranges.span(syntax.arguments(e)));
        }
        Set<String> free = freeVariables(e);
        if (free.isEmpty()) {
            return fixed(Math.max(1, constantChars(e)));
        }
        return loopVariables.containsAll(free) && constantChars(e) <= ExpressionLoops.MAX_GROWTH_CHARS
                ? new ListSize(ListSize.Kind.PART_OF_ELEMENT, 0) : new ListSize(ListSize.Kind.DATA, 0);
    }

    private static ListSize fixed(long elements) {
        return new ListSize(ListSize.Kind.FIXED, elements);
    }

    /** Variables an expression reads that it does not bind itself (in a pattern, a loop or a subquery). */
    Set<String> freeVariables(ParseTree node) {
        return variables(node, false);
    }

    /**
     * Variables an expression reads whole: as {@link #freeVariables} but without those it only reads one
     * element of ({@code cs[i]}), since a loop reading one element per step copies each element once.
     */
    Set<String> wholeVariables(ParseTree node) {
        return variables(node, true);
    }

    private Set<String> variables(ParseTree node, boolean skipIndexed) {
        Set<String> read = new HashSet<>();
        Set<String> bound = new HashSet<>();
        collectVariables(node, false, skipIndexed, read, bound);
        read.removeAll(bound);
        return read;
    }

    private void collectVariables(ParseTree node, boolean binding, boolean skipIndexed, Set<String> read,
            Set<String> bound) {
        String rule = syntax.rule(node);
        if (rule.equals("variable")) {
            (binding ? bound : read).add(node.getText());
            return;
        }
        boolean binds = BINDING_RULES.contains(rule);
        boolean indexed = skipIndexed && isIndexed(node);
        for (ParseTree child : children(node)) {
            if (indexed && child == node.getChild(0)) {
                continue;
            }
            // A variable directly under a binding rule is a name it introduces; deeper ones are read.
            collectVariables(child, binds && syntax.rule(child).equals("variable"), skipIndexed, read, bound);
        }
    }

    /** {@code list[i]}: a variable followed by a one-element subscript (not a slice). */
    private boolean isIndexed(ParseTree node) {
        if (!syntax.rule(node).equals("expression2") || node.getChildCount() < 2
                || !syntax.rule(syntax.essential(node.getChild(0))).equals("expression1")
                && !syntax.rule(node.getChild(0)).equals("expression1")) {
            return false;
        }
        ParseTree subject = node.getChild(0);
        ParseTree postfix = node.getChild(1);
        return subject.getChildCount() == 1 && syntax.rule(subject.getChild(0)).equals("variable")
                && syntax.rule(postfix).equals("postFix") && postfix.getChildCount() == 3
                && postfix.getChild(0).getText().equals("[");
    }

    /** How often a reduce step uses its accumulator other than to compare it. */
    int accumulatorUses(ParseTree step, String accumulator) {
        if (accumulator == null) {
            return 0;
        }
        String rule = syntax.rule(step);
        if (rule.equals("variable")) {
            return step.getText().equals(accumulator) ? 1 : 0;
        }
        boolean comparison = (rule.equals("expression8") || rule.equals("expression7")) && step.getChildCount() > 1;
        if (comparison || rule.equals("caseAlternative") && step.getChildCount() > 0) {
            // a comparison yields a boolean; a CASE branch's condition too (its THEN part still counts)
            return rule.equals("caseAlternative") ? accumulatorUses(step.getChild(step.getChildCount() - 1), accumulator)
                    : 0;
        }
        int uses = 0;
        for (ParseTree child : children(step)) {
            uses += accumulatorUses(child, accumulator);
        }
        return uses;
    }

    /** The expressions' text as written, separated by commas. */
    String text(List<ParseTree> nodes) {
        return nodes.stream().map(this::source).collect(Collectors.joining(", "));
    }

    String shortText(ParseTree node) {
        String text = source(node);
        return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 3) + "...";
    }

    private String source(ParseTree node) {
        if (node instanceof ParserRuleContext context && context.getStart() != null && context.getStop() != null
                && context.getStop().getStopIndex() >= context.getStart().getStartIndex()) {
            return context.getStart().getInputStream().getText(
                    Interval.of(context.getStart().getStartIndex(), context.getStop().getStopIndex()));
        }
        return node instanceof TerminalNode token ? token.getText() : node.getText();
    }
}
