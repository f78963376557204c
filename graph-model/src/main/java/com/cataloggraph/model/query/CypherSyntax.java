package com.cataloggraph.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.tree.ParseTree;
import org.neo4j.cypher.internal.parser.v25.Cypher25Lexer;
import org.neo4j.cypher.internal.parser.v25.Cypher25Parser;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;

/**
 * A user's query parsed with Neo4j's own Cypher grammar, the one the server uses for the language
 * version it runs the query in (Cypher 5 or 25). Neo4j's parser classes are internal API: only this
 * class touches them; the rest reads the tree through rule names ({@code listComprehension},
 * {@code functionInvocation}, ...), which both grammars share.
 */
final class CypherSyntax {

    /** What precedes the query proper ({@code CYPHER 25 runtime=slotted}, {@code EXPLAIN}), which the grammar leaves to a preparser. */
    private static final Pattern PREPARSER_OPTIONS = Pattern.compile(
            "(?is)^\\s*(CYPHER(\\s+\\d+)?(\\s+[\\w.]+\\s*=\\s*[\\w.]+)*\\s+)?((EXPLAIN|PROFILE)\\s+)?");

    /** The rules that only wrap an expression of a tighter precedence (or a function's argument). */
    private static final Pattern PRECEDENCE_LEVEL = Pattern.compile("expression\\d*|functionArgument");

    private final String[] ruleNames;
    private final ParserRuleContext root;

    private CypherSyntax(String[] ruleNames, ParserRuleContext root) {
        this.ruleNames = ruleNames;
        this.root = root;
    }

    /**
     * Parses the query.
     *
     * @param languageVersion "5" or "25", as the database's plan reports it
     * @throws RejectedQueryException when the grammar does not accept the text
     */
    static CypherSyntax parse(String cypher, String languageVersion) {
        Matcher options = PREPARSER_OPTIONS.matcher(cypher);
        String query = options.lookingAt() ? cypher.substring(options.end()) : cypher;
        boolean cypher25 = "25".equals(languageVersion);
        Lexer lexer = cypher25 ? new Cypher25Lexer(CharStreams.fromString(query))
                : new Cypher5Lexer(CharStreams.fromString(query));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        Parser parser = cypher25 ? new Cypher25Parser(tokens) : new Cypher5Parser(tokens);
        FailOnError errors = new FailOnError();
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        ParserRuleContext root = cypher25 ? ((Cypher25Parser) parser).statements()
                : ((Cypher5Parser) parser).statements();
        return new CypherSyntax(parser.getRuleNames(), root);
    }

    ParserRuleContext root() {
        return root;
    }

    /** The grammar rule a node was parsed by, or "" for a token. */
    String rule(ParseTree node) {
        return node instanceof ParserRuleContext context ? ruleNames[context.getRuleIndex()] : "";
    }

    /**
     * The node an expression stands for once the grammar's precedence levels are passed:
     * {@code expression > expression11 > ... > expression1 > literal} is the literal.
     */
    ParseTree essential(ParseTree node) {
        ParseTree current = node;
        while (current instanceof ParserRuleContext context && context.getChildCount() == 1
                && context.getChild(0) instanceof ParserRuleContext only && PRECEDENCE_LEVEL.matcher(rule(current)).matches()) {
            current = only;
        }
        return current;
    }

    /** A function call's name, lowercased, with its namespace: {@code range}, {@code string.join}. */
    String functionName(ParseTree call) {
        return children(call).stream().filter(child -> rule(child).equals("functionName")).findFirst()
                .map(name -> name.getText().replace("`", "").toLowerCase(Locale.ROOT)).orElse("");
    }

    /** A function call's arguments. */
    List<ParseTree> arguments(ParseTree call) {
        return children(call).stream().filter(child -> rule(child).equals("functionArgument")).toList();
    }

    /** The name of a {@code $parameter}. */
    String parameterName(ParseTree parameter) {
        return children(parameter).stream().filter(child -> rule(child).equals("parameterName")).findFirst()
                .map(ParseTree::getText).orElse("").replace("`", "");
    }

    static List<ParseTree> children(ParseTree node) {
        List<ParseTree> children = new ArrayList<>(node.getChildCount());
        for (int i = 0; i < node.getChildCount(); i++) {
            children.add(node.getChild(i));
        }
        return children;
    }

    private static final class FailOnError extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                String message, RecognitionException e) {
            throw new RejectedQueryException("The query could not be checked: line " + line + ", column "
                    + (column + 1) + ": " + message);
        }
    }
}
