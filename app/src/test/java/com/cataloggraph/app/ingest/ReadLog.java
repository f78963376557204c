package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What readers saw during an ingest, checked as it arrives against the catalog the ingest ends
 * with. During a first ingest an entity may be absent, but once present it has every relation its
 * own descriptor declared and none the catalog never had; counts only grow. During a rewrite of
 * unchanged data everything is exactly as before, all the time.
 */
final class ReadLog {

    private final CatalogSnapshot expected;
    private final boolean rewrite;
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger absent = new AtomicInteger();
    private final AtomicInteger present = new AtomicInteger();
    private final AtomicInteger rewritten = new AtomicInteger();
    private final AtomicInteger notRewritten = new AtomicInteger();
    private final Set<Long> counts = ConcurrentHashMap.newKeySet();
    private volatile long lastCount = -1;

    ReadLog(CatalogSnapshot expected, boolean rewrite) {
        this.expected = expected;
        this.rewrite = rewrite;
    }

    CatalogSnapshot expected() {
        return expected;
    }

    void sawRelations(String reader, String ref, Optional<Set<String>> seen) {
        reads.computeIfAbsent(reader, key -> new AtomicInteger()).incrementAndGet();
        Set<String> all = expected.relations().get(ref);
        if (seen.isEmpty()) {
            absent.incrementAndGet();
            if (rewrite) {
                violations.add(reader + ": " + ref + " vanished while it was written again");
            }
            return;
        }
        present.incrementAndGet();
        Set<String> relations = seen.get();
        if (rewrite && !relations.equals(all)) {
            violations.add(reader + ": " + ref + " has " + relations + " instead of " + all);
        }
        Set<String> missingOwn = new TreeSet<>(expected.declared().get(ref));
        missingOwn.removeAll(relations);
        Set<String> unknown = new TreeSet<>(relations);
        unknown.removeAll(all);
        if (!missingOwn.isEmpty()) {
            violations.add(reader + ": " + ref + " is there without relations its own batch wrote: " + missingOwn);
        }
        if (!unknown.isEmpty()) {
            violations.add(reader + ": " + ref + " has relations the catalog never had: " + unknown);
        }
    }

    synchronized void sawCount(long count) {
        reads.computeIfAbsent("graph-model count", key -> new AtomicInteger())
                .incrementAndGet();
        counts.add(count);
        long total = expected.refs().size();
        if (count < lastCount) {
            violations.add("the entity count went back from " + lastCount + " to " + count);
        }
        if (count > total || rewrite && count != total) {
            violations.add("the entity count was " + count + " of " + total);
        }
        lastCount = count;
    }

    /** @param updatedAt null for a placeholder: not written yet */
    void sawWriteTime(String ref, String updatedAt) {
        if (updatedAt == null) {
            return;
        }
        (updatedAt.equals(expected.writeTimes().get(ref)) ? notRewritten : rewritten).incrementAndGet();
    }

    void failed(String reader, String ref, Throwable error) {
        violations.add(reader + (ref == null ? "" : " " + ref) + " failed: " + error);
    }

    /** Reads per reader, and what the entity reads found. */
    String summary() {
        return readsBy() + ", " + present.get() + " found, " + absent.get() + " not yet written, "
                + counts.size() + " distinct entity counts, " + rewritten.get() + "/" + notRewritten.get()
                + " already/not yet written again";
    }

    void assertNoViolations() {
        assertThat(violations).as("inconsistent or failed reads").isEmpty();
    }

    int absent() {
        return absent.get();
    }

    int present() {
        return present.get();
    }

    int rewrittenSeen() {
        return rewritten.get();
    }

    int notYetRewrittenSeen() {
        return notRewritten.get();
    }

    Set<Long> distinctCounts() {
        return Set.copyOf(counts);
    }

    Map<String, Integer> readsBy() {
        Map<String, Integer> result = new TreeMap<>();
        reads.forEach((reader, count) -> result.put(reader, count.get()));
        return result;
    }
}
