package com.cataloggraph.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares our verdict on one file with Backstage's: the file accepted or rejected as a whole, then each
 * document as read, accepted or rejected, and for accepted ones the canonical ref and the relation pairs.
 */
final class VerdictComparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The documents compared in one file and the differences found, by document (0 for the whole file). */
    record Outcome(int documents, Map<Integer, List<Difference>> differences) {
    }

    private VerdictComparison() {
    }

    static Outcome compare(OurVerdicts.File ours, JsonNode answer) {
        Map<Integer, List<Difference>> found = new java.util.TreeMap<>();
        int documents = Math.max(1, ours.documents().size());
        if (answer.has("crashed")) {
            add(found, 0, new Difference(ours.id(), null, "crash", verdict(ours.accepted()), "-",
                    "verdicts.js crashed: " + answer.get("crashed").asString(), ours.fileRules(), List.of()));
            return new Outcome(documents, found);
        }
        JsonNode file = answer.get("file");
        boolean backstageOk = file.get("ok").asBoolean();
        List<String> fileErrors = strings(file.get("errors"));
        if (!ours.accepted() || !backstageOk) {
            if (ours.accepted() != backstageOk) {
                add(found, 0, new Difference(ours.id(), null, "file", verdict(ours.accepted()),
                        verdict(ours.accepted()) + " " + ours.fileRules(), verdict(backstageOk) + " " + fileErrors,
                        ours.fileRules(), fileErrors));
            }
            return new Outcome(documents, found);
        }
        JsonNode parsed = file.get("documents");
        if (parsed.size() != ours.documents().size()) {
            add(found, 0, new Difference(ours.id(), null, "parse", "accepted", ours.documents().size() + " documents",
                    parsed.size() + " documents", Set.of(), List.of()));
        }
        JsonNode verdicts = answer.get("documents");
        for (int i = 0; i < ours.documents().size(); i++) {
            OurVerdicts.Document document = ours.documents().get(i);
            int index = i + 1;
            if (i < parsed.size() && !same(JSON.valueToTree(document.parsed()), parsed.get(i))) {
                add(found, index, new Difference(ours.id(), index, "parse", verdict(document.accepted()),
                        JSON.writeValueAsString(document.parsed()), parsed.get(i).toString(), document.rules(),
                        List.of()));
            }
            JsonNode theirs = verdicts.get(i);
            if (theirs == null) {
                continue;
            }
            boolean accepted = theirs.get("ok").asBoolean();
            List<String> errors = strings(theirs.get("errors"));
            if (document.accepted() != accepted) {
                add(found, index, new Difference(ours.id(), index, "verdict", verdict(document.accepted()),
                        verdict(document.accepted()) + " " + (document.accepted() ? document.ref() : document.rules()),
                        verdict(accepted) + " " + (accepted ? theirs.get("ref").asString() : errors),
                        document.rules(), errors));
            } else if (accepted && !document.ref().equals(theirs.get("ref").asString())) {
                add(found, index, new Difference(ours.id(), index, "ref", "accepted", document.ref(),
                        theirs.get("ref").asString(), document.rules(), errors));
            } else if (accepted) {
                Set<String> relations = new TreeSet<>();
                theirs.get("relations").forEach(triple -> relations.add(triple.get(0).asString() + " "
                        + triple.get(1).asString() + " " + triple.get(2).asString()));
                if (!relations.equals(document.relations())) {
                    add(found, index, new Difference(ours.id(), index, "relations", "accepted",
                            document.relations().toString(), relations.toString(), document.rules(), errors));
                }
            }
        }
        return new Outcome(ours.documents().size(), found);
    }

    /** JSON equality with numbers compared by value (YAML's {@code 1.0} is JavaScript's {@code 1}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (String name : a.propertyNames()) {
                if (!b.has(name) || !same(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static void add(Map<Integer, List<Difference>> found, int document, Difference difference) {
        found.computeIfAbsent(document, key -> new ArrayList<>()).add(difference);
    }

    private static String verdict(boolean accepted) {
        return accepted ? "accepted" : "rejected";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }
}
