package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.CypherSyntax.children;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * How many values a {@code range()} makes, as far as the query text and its parameters tell before it
 * runs: its bounds may be integer literals, parameters, {@code size(...)} of a list (as long as data
 * already there) and sums, differences and products of those; anything else is unknown.
 */
final class RangeBounds {

    /** An integer bound: a constant, plus some number of sizes of lists from the data. */
    private record Bound(long constant, int sizes) {
        static final Bound UNKNOWN = new Bound(0, -1);

        boolean known() {
            return sizes >= 0;
        }
    }

    private static final Set<String> SIZE_FUNCTIONS = Set.of("size", "length", "char_length", "character_length",
            "cardinality");
    private final CypherSyntax syntax;
    private final Map<String, Object> parameters;

    RangeBounds(CypherSyntax syntax, Map<String, Object> parameters) {
        this.syntax = syntax;
        this.parameters = parameters;
    }

    /** True when the bounds involve no list sizes: the span is known before the query runs. */
    boolean constant(List<ParseTree> arguments) {
        return arguments.stream().allMatch(argument -> bound(argument).sizes() == 0);
    }

    /** How many values range(start, end[, step]) makes beyond sizes of lists; Long.MAX_VALUE when unknown. */
    long span(List<ParseTree> arguments) {
        if (arguments.size() < 2) {
            return 0;
        }
        Bound start = bound(arguments.get(0));
        Bound end = bound(arguments.get(1));
        Bound step = arguments.size() > 2 ? bound(arguments.get(2)) : new Bound(1, 0);
        if (!start.known() || !end.known() || step.sizes() != 0 || start.sizes() + end.sizes() > 2) {
            return Long.MAX_VALUE;
        }
        if (step.constant() == 0) {
            return 0;
        }
        try {
            return Math.absExact(Math.subtractExact(end.constant(), start.constant())) / Math.absExact(step.constant()) + 1;
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private Bound bound(ParseTree node) {
        ParseTree e = syntax.essential(node);
        List<ParseTree> parts = children(e);
        return switch (syntax.rule(e)) {
            case "literal" -> syntax.rule(parts.getFirst()).equals("numberLiteral") ? integer(e.getText()) : Bound.UNKNOWN;
            case "parameter" -> parameters.get(syntax.parameterName(e)) instanceof Number n ? new Bound(n.longValue(), 0) : Bound.UNKNOWN;
            case "parenthesizedExpression" -> parts.size() == 3 ? bound(parts.get(1)) : Bound.UNKNOWN;
            case "functionInvocation" -> SIZE_FUNCTIONS.contains(syntax.functionName(e)) ? new Bound(0, 1) : Bound.UNKNOWN;
            case "expression3" -> parts.size() == 2 && parts.getFirst().getText().equals("-")
                    ? negate(bound(parts.get(1))) : Bound.UNKNOWN;
            case "expression5" -> parts.size() == 3 && parts.get(1).getText().equals("*")
                    ? times(bound(parts.get(0)), bound(parts.get(2))) : Bound.UNKNOWN;
            case "expression6" -> sum(parts);
            default -> Bound.UNKNOWN;
        };
    }

    private Bound sum(List<ParseTree> parts) {
        Bound total = bound(parts.getFirst());
        for (int i = 1; i + 1 < parts.size() && total.known(); i += 2) {
            Bound next = bound(parts.get(i + 1));
            if (!next.known()) {
                return Bound.UNKNOWN;
            }
            try {
                long constant = switch (parts.get(i).getText()) {
                    case "+" -> Math.addExact(total.constant(), next.constant());
                    case "-" -> Math.subtractExact(total.constant(), next.constant());
                    default -> throw new ArithmeticException("not a sum");
                };
                total = new Bound(constant, total.sizes() + next.sizes());
            } catch (ArithmeticException e) {
                return Bound.UNKNOWN;
            }
        }
        return total;
    }

    private static Bound negate(Bound bound) {
        return bound.known() && bound.sizes() == 0 && bound.constant() != Long.MIN_VALUE
                ? new Bound(-bound.constant(), 0) : Bound.UNKNOWN;
    }

    private static Bound times(Bound a, Bound b) {
        if (!a.known() || !b.known() || a.sizes() + b.sizes() > 0) {
            return Bound.UNKNOWN;
        }
        try {
            return new Bound(Math.multiplyExact(a.constant(), b.constant()), 0);
        } catch (ArithmeticException e) {
            return Bound.UNKNOWN;
        }
    }

    private static Bound integer(String literal) {
        String text = literal.replace("_", "").toLowerCase(Locale.ROOT);
        try {
            boolean negative = text.startsWith("-");
            String digits = negative ? text.substring(1) : text;
            long value;
            if (digits.startsWith("0x")) {
                value = Long.parseLong(digits.substring(2), 16);
            } else if (digits.startsWith("0o")) {
                value = Long.parseLong(digits.substring(2), 8);
            } else if (digits.matches("\\d+")) {
                value = Long.parseLong(digits);
            } else {
                double number = Double.parseDouble(digits);
                if (Math.abs(number) >= Long.MAX_VALUE) {
                    return Bound.UNKNOWN;
                }
                value = (long) number;
            }
            return new Bound(negative ? -value : value, 0);
        } catch (NumberFormatException e) {
            return Bound.UNKNOWN;
        }
    }
}
