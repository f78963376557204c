package com.cataloggraph.model.explain;

import com.cataloggraph.model.entity.DeclarationSite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Why what the catalog holds about an entity is incomplete, stale or disputed; empty when nothing is.
 *
 * @param ref          the entity
 * @param referencedBy for a placeholder, the declarations pointing at it (at most a few), with their sites
 * @param references   how many declarations point at the placeholder in all
 * @param rejected     the problems its descriptor has now, which kept the last good version; null when none
 * @param orphaned     when and in which run its descriptor was found gone; null unless an orphan
 * @param alsoClaimedBy other definitions of the same ref that were skipped (the first definition keeps it)
 */
public record Explanation(String ref, List<Referrer> referencedBy, long references, Rejection rejected,
                          Orphaning orphaned, List<Claim> alsoClaimedBy) {

    /**
     * A declaration pointing at a placeholder.
     *
     * @param ref      the declaring entity
     * @param relation the relation as the declaring entity names it (e.g. {@code dependsOn})
     * @param site     where; null when not recorded
     */
    public record Referrer(String ref, String relation, DeclarationSite site) {
    }

    /**
     * The descriptor's current problems that kept this entity's last good version.
     *
     * @param file       the descriptor
     * @param status     {@code FAILED} (the whole file was refused) or {@code PARTIAL} (this entity's document was)
     * @param problems   the errors, each with its line and rule
     * @param lastGoodAt when the version shown was read (ISO-8601)
     */
    public record Rejection(String file, String status, List<Problem> problems, String lastGoodAt) {
    }

    /** One problem as ingest reported it: where, which rule, what is wrong. */
    public record Problem(String rule, String file, Integer document, Integer line, String field, String message) {

        /** {@code file:line} (or just the file). */
        public String citation() {
            return line == null ? file : file + ":" + line;
        }
    }

    /**
     * @param since the time it became an orphan (ISO-8601)
     * @param run   the ingest run that found its descriptor gone, or null when not recorded
     * @param file  the descriptor that is gone
     */
    public record Orphaning(String since, String run, String file) {
    }

    /** A skipped definition of the ref: the file, document and line of its {@code metadata.name}. */
    public record Claim(String file, Integer document, Integer line) {

        public String citation() {
            return line == null ? file : file + ":" + line;
        }
    }

    public boolean isEmpty() {
        return referencedBy.isEmpty() && rejected == null && orphaned == null && alsoClaimedBy.isEmpty();
    }

    /** The explanation in sentences, each citing {@code file:line}; ages are measured from {@code now}. */
    public List<String> sentences(Instant now) {
        List<String> sentences = new ArrayList<>();
        if (!referencedBy.isEmpty()) {
            List<String> sites = referencedBy.stream().map(r -> (r.site() == null ? r.ref() : r.site().citation())
                    + " (" + r.ref() + " " + (r.site() == null ? r.relation() : r.site().field()) + ")").toList();
            sentences.add("No file defines it; it exists because " + String.join(", ", sites)
                    + (references > referencedBy.size() ? " and " + (references - referencedBy.size()) + " more" : "")
                    + (references == 1 ? " points" : " point") + " at it.");
        }
        if (rejected != null) {
            List<String> problems = rejected.problems().stream().map(p -> p.citation() + " [" + p.rule() + "] "
                    + p.message()).toList();
            sentences.add("Its descriptor " + rejected.file() + " is rejected now: " + String.join("; ", problems)
                    + ". Shown is its last good version, read " + rejected.lastGoodAt() + age(rejected.lastGoodAt(), now)
                    + ".");
        }
        if (orphaned != null) {
            sentences.add("Orphan since " + orphaned.since() + age(orphaned.since(), now)
                    + (orphaned.run() == null ? "" : ", run " + orphaned.run()) + ": its descriptor "
                    + orphaned.file() + " no longer defines it.");
        }
        if (!alsoClaimedBy.isEmpty()) {
            sentences.add("Also defined by " + String.join(", ", alsoClaimedBy.stream().map(Claim::citation).toList())
                    + "; skipped there, since the first definition of a ref keeps it.");
        }
        return sentences;
    }

    /** {@code " (3 days ago)"}, {@code " (just now)"} under two minutes, or nothing when the time does not parse. */
    static String age(String iso, Instant now) {
        try {
            Duration age = Duration.between(Instant.parse(iso), now);
            if (age.isNegative()) {
                return "";
            }
            String text = age.toDays() >= 2 ? age.toDays() + " days ago" : age.toHours() >= 2 ? age.toHours()
                    + " hours ago" : age.toMinutes() >= 2 ? age.toMinutes() + " minutes ago" : "just now";
            return " (" + text + ")";
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }
}
