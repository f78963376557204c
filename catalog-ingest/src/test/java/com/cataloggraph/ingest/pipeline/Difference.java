package com.cataloggraph.ingest.pipeline;

import java.util.List;
import java.util.Set;

/**
 * One way our verdict on a document differs from Backstage's.
 *
 * @param file            the file's id ({@code sample-catalog/larkspur-org/catalog-info.yaml})
 * @param document        the document, from 1; null for the whole file
 * @param aspect          {@code file}, {@code parse}, {@code verdict}, {@code ref} or {@code relations}
 * @param oursVerdict     {@code accepted} or {@code rejected}
 * @param ours            what we decided, for people
 * @param backstage       what Backstage decided, for people
 * @param ourRules        the rules of our problems for that document or file
 * @param backstageErrors Backstage's errors for it
 */
record Difference(String file, Integer document, String aspect, String oursVerdict, String ours, String backstage,
                  Set<String> ourRules, List<String> backstageErrors) {

    String describe() {
        return file + (document == null ? "" : " document " + document) + " [" + aspect + "]: ours " + ours
                + " | Backstage " + backstage;
    }
}
