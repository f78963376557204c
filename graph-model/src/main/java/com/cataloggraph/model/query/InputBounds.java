package com.cataloggraph.model.query;

/**
 * How long the texts the shared reads accept may be. Every front end (GraphQL, MCP, the CLI)
 * passes user text through these before it reaches a query, so one long name cannot build an
 * unbounded fuzzy search: Backstage bounds each ref part to 63 characters, so a ref or a title
 * is never near {@value #MAX_NAME_CHARS}, and a search never needs more than
 * {@value #MAX_SEARCH_WORDS} words.
 */
public final class InputBounds {

    /** The longest entity ref, name or title a lookup takes. */
    public static final int MAX_NAME_CHARS = 300;

    /** The longest free-text search. */
    public static final int MAX_SEARCH_CHARS = 500;

    /** The most words a free-text search takes (each becomes a few Lucene clauses). */
    public static final int MAX_SEARCH_WORDS = 16;

    /** The longest repository URL, slug or folder name. */
    public static final int MAX_REPOSITORY_CHARS = 500;

    /** The longest filter value (kind, type, lifecycle, tag, namespace, owner, system). */
    public static final int MAX_FILTER_CHARS = 300;

    private InputBounds() {
    }

    /**
     * @throws InputTooLongException when {@code text} is longer than a ref or a title can be
     */
    public static String name(String text) {
        return bounded(text, "entity name or ref", MAX_NAME_CHARS,
                "Pass a ref such as component:default/payments, or a name or title.");
    }

    /** @throws InputTooLongException when a repository URL or name is longer than any real one */
    public static String repository(String text) {
        return bounded(text, "repository URL or name", MAX_REPOSITORY_CHARS,
                "Pass the repository's URL, group/repo slug or folder name.");
    }

    /** @throws InputTooLongException when a filter value is longer than any stored value can be */
    public static String filter(String field, String value) {
        return bounded(value, field + " filter", MAX_FILTER_CHARS, "Pass one " + field + " value.");
    }

    /**
     * @throws InputTooLongException when the text, or its number of words, passes the bound
     */
    public static String search(String text) {
        bounded(text, "search text", MAX_SEARCH_CHARS, "Search with a few words.");
        int words = SearchText.words(text).size();
        if (words > MAX_SEARCH_WORDS) {
            throw new InputTooLongException("search text", words, MAX_SEARCH_WORDS, "words",
                    "Search with a few words.");
        }
        return text;
    }

    private static String bounded(String text, String input, int max, String hint) {
        if (text != null && text.length() > max) {
            throw new InputTooLongException(input, text.length(), max, "characters", hint);
        }
        return text;
    }
}
