package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.report.Conflict;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.state.EntityOwner;
import com.cataloggraph.ingest.state.SourceFileState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides which file defines each ref when several say they do. The first definition keeps it:
 * the file that already defines it in the graph (while it still does), then, for new refs, the
 * first file in discovery order. A file that was rejected, or kept its earlier entities because
 * some documents failed, still holds what it defined before.
 */
final class ClaimResolver {

    /** A definition: the file and the document (null for a ref held over from an earlier run). */
    private record Claimant(String location, Integer document) {
    }

    private ClaimResolver() {
    }

    /**
     * @param stored     earlier state of the files in scope, by location
     * @param owners     current owner in the graph of every ref emitted this run
     * @param liveOutside whether an owner that is not part of this run still defines its entities
     */
    static Claims resolve(List<FileOutcome> outcomes, Map<String, SourceFileState> stored,
                          Map<String, EntityOwner> owners, Predicate<String> liveOutside) {
        Map<String, DescriptorFile> files = new HashMap<>();
        outcomes.forEach(o -> files.put(o.file().location(), o.file()));
        Map<String, Claimant> claimed = new LinkedHashMap<>();
        for (FileOutcome outcome : outcomes) {
            for (String ref : held(outcome, stored.get(outcome.file().location()))) {
                claimed.putIfAbsent(ref, new Claimant(outcome.file().location(), null));
            }
        }
        Map<String, List<EntityEmitted>> won = new HashMap<>();
        Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
        // The file already defining a ref keeps it, wherever it comes in the order.
        for (FileOutcome.Parsed parsed : parsedOnly(outcomes)) {
            String location = parsed.file().location();
            for (EntityEmitted entity : parsed.entities()) {
                EntityOwner owner = owners.get(entity.key());
                Claimant holder = claimed.get(entity.key());
                if (owner != null && location.equals(owner.location())
                        && (holder == null || holder.equals(new Claimant(location, null)))) {
                    claimed.put(entity.key(), new Claimant(location, entity.document()));
                    won.computeIfAbsent(location, key -> new ArrayList<>()).add(entity);
                }
            }
        }
        for (FileOutcome.Parsed parsed : parsedOnly(outcomes)) {
            String location = parsed.file().location();
            for (EntityEmitted entity : parsed.entities()) {
                Claimant holder = claimed.get(entity.key());
                if (holder != null && holder.equals(new Claimant(location, entity.document()))) {
                    continue;
                }
                EntityOwner owner = owners.get(entity.key());
                String keptBy = null;
                if (holder != null && !holder.equals(new Claimant(location, null))) {
                    keptBy = name(files.get(holder.location()), parsed.file());
                } else if (holder == null && owner != null && !owner.orphan() && !location.equals(owner.location())
                        && !files.containsKey(owner.location()) && liveOutside.test(owner.location())) {
                    keptBy = owner.location();
                }
                if (keptBy != null) {
                    conflicts.computeIfAbsent(location, key -> new ArrayList<>()).add(new Conflict(entity.key(),
                            parsed.file().path(), entity.document(), entity.line(), keptBy));
                    continue;
                }
                claimed.put(entity.key(), new Claimant(location, entity.document()));
                won.computeIfAbsent(location, key -> new ArrayList<>()).add(entity);
            }
        }
        Map<String, String> ownersByRef = new LinkedHashMap<>();
        claimed.forEach((ref, claimant) -> ownersByRef.put(ref, claimant.location()));
        return new Claims(ownersByRef, won, conflicts);
    }

    /** A file as a conflict names it: its path beside the loser, its location when in another tree. */
    private static String name(DescriptorFile keeper, DescriptorFile loser) {
        return keeper.tree() == loser.tree() ? keeper.path() : keeper.location();
    }

    /** Refs a file keeps from its earlier state: all of them when it is unchanged, rejected or partly failed. */
    private static List<String> held(FileOutcome outcome, SourceFileState state) {
        if (state == null) {
            return List.of();
        }
        return switch (outcome) {
            case FileOutcome.Unchanged unchanged -> state.claims();
            case FileOutcome.Failed failed -> state.claims();
            case FileOutcome.Parsed parsed -> parsed.hasErrors() ? state.claims() : List.of();
        };
    }

    private static List<FileOutcome.Parsed> parsedOnly(List<FileOutcome> outcomes) {
        List<FileOutcome.Parsed> parsed = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Parsed p) {
                parsed.add(p);
            }
        }
        return parsed;
    }
}
