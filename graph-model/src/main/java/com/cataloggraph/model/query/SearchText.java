package com.cataloggraph.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns free text into a Lucene query for the full-text index: the text is split into words
 * (users type {@code c++} and {@code team:a}, not Lucene syntax) and each word is matched
 * exactly, as a prefix or fuzzily, exact matches ranking first.
 */
final class SearchText {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    /** Fuzzy terms are the costly ones: a suggestion looks at no more words than this. */
    static final int MAX_FUZZY_WORDS = 6;

    private SearchText() {
    }

    /** The Lucene query, or null when the text has no searchable token; the text is bounded by {@link InputBounds}. */
    static String toLucene(String text) {
        if (text == null) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        for (String token : words(text)) {
            String escaped = escape(token);
            if (isOperator(token)) {
                continue;
            }
            String clause = "(" + escaped + "^4 OR " + escaped + "*";
            clause += token.length() >= 4 ? " OR " + escaped + "~1)" : ")";
            clauses.add(clause);
        }
        return clauses.isEmpty() ? null : String.join(" AND ", clauses);
    }

    /** A fuzzy query over names only, used to suggest near matches for an unknown name. */
    static String fuzzy(String name) {
        List<String> clauses = new ArrayList<>();
        for (String token : words(name).stream().limit(MAX_FUZZY_WORDS).toList()) {
            clauses.add(escape(token) + "~2 OR " + escape(token) + "*");
        }
        return clauses.isEmpty() ? null : "name:(" + String.join(" OR ", clauses) + ")";
    }

    /**
     * Words as the index's standard analyzer sees them: fuzzy and prefix terms are not analyzed
     * by Lucene, so splitting "payment-servise" here is what lets it find "payments-service".
     */
    static List<String> words(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean isOperator(String token) {
        return token.equals("and") || token.equals("or") || token.equals("not");
    }

    private static String escape(String token) {
        StringBuilder out = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
