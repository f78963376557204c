package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntityRelation;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import com.cataloggraph.model.query.RepositoryLocator;
import com.cataloggraph.model.query.RepositoryMatch;
import com.cataloggraph.model.query.StoredEntity;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a repository's {@link CatalogContext} with graph-model's shared queries only, in a fixed
 * number of round trips: the repository's entities, their relations, each distinct owner, the
 * relations of their systems and APIs, and each API defined here (for its definition path).
 */
public final class CatalogContextReader {

    /**
     * The repository's entities, found by its remote URL when it has one (any spelling), else by
     * folder name; among equally good matches, the one stored under this folder name.
     */
    private RepositoryMatch repositoryOf(String folderName, String remoteUrl) {
        List<RepositoryMatch> matches = graph.repositories().find(
                RepositoryLocator.parse(remoteUrl != null ? remoteUrl : folderName));
        if (matches.size() > 1) {
            matches = matches.stream().filter(m -> folderName.equalsIgnoreCase(m.repository())).toList();
        }
        return matches.size() == 1 ? matches.getFirst() : null;
    }

    /** Entities whose annotations are read for operations facts, at most. */
    private static final int MAX_OPERATIONS_ENTITIES = 8;

    private static final Comparator<EntitySummary> BY_REF = Comparator.comparing(EntitySummary::ref);

    private final CatalogGraph graph;

    public CatalogContextReader(CatalogGraph graph) {
        this.graph = graph;
    }

    /**
     * @param folderName the checkout's folder name, which the catalog records as the repository
     * @param remoteUrl  the checkout's remote URL in any spelling, or null
     */
    public CatalogContext read(String folderName, String remoteUrl) {
        RepositoryMatch match = repositoryOf(folderName, remoteUrl);
        if (match == null) {
            return CatalogContext.EMPTY;
        }
        String repository = match.repository() == null ? folderName : match.repository();
        List<EntitySummary> entities = match.entities().stream()
                .filter(entity -> !entity.missing()).sorted(BY_REF).toList();
        if (entities.isEmpty()) {
            return CatalogContext.EMPTY;
        }
        Set<String> own = new LinkedHashSet<>(entities.stream().map(EntitySummary::ref).toList());
        Map<String, List<EntityRelation>> relations = graph.entities().relationsOf(own);
        Map<String, EntitySummary> ownerOf = new TreeMap<>();
        Map<String, EntitySummary> systems = new TreeMap<>();
        Map<String, EntitySummary> provided = new TreeMap<>();
        Map<String, EntitySummary> consumed = new TreeMap<>();
        Map<String, EntitySummary> dependencies = new TreeMap<>();
        Map<String, EntitySummary> dependents = new TreeMap<>();
        Map<String, String> ownedEntityOf = new TreeMap<>();
        for (String ref : own) {
            for (EntityRelation relation : relations.getOrDefault(ref, List.of())) {
                EntitySummary other = relation.other();
                switch (relation.relation()) {
                    case "ownedBy" -> {
                        ownerOf.put(other.ref(), other);
                        ownedEntityOf.putIfAbsent(other.ref(), ref);
                    }
                    case "partOf" -> {
                        if ("system".equalsIgnoreCase(other.kind())) {
                            systems.put(other.ref(), other);
                        }
                    }
                    case "providesApi" -> provided.put(other.ref(), other);
                    case "consumesApi" -> consumed.put(other.ref(), other);
                    case "dependsOn" -> dependencies.put(other.ref(), other);
                    case "dependencyOf" -> {
                        if (!own.contains(other.ref())) {
                            dependents.put(other.ref(), other);
                        }
                    }
                    default -> {
                        // memberOf, childOf and the inverses of ownership and parts say nothing about the code here.
                    }
                }
            }
        }
        List<OwnerInfo> owners = new ArrayList<>();
        for (String entityRef : ownedEntityOf.values()) {
            graph.ownership().owners(entityRef).stream()
                    .filter(info -> ownerOf.containsKey(info.owner().ref()))
                    .filter(info -> owners.stream().noneMatch(o -> o.owner().ref().equals(info.owner().ref())))
                    .forEach(owners::add);
        }
        owners.sort(Comparator.comparing(info -> info.owner().ref()));
        Set<String> second = new LinkedHashSet<>(systems.keySet());
        second.addAll(provided.keySet());
        second.addAll(consumed.keySet());
        Map<String, List<EntityRelation>> around = second.isEmpty() ? Map.of() : graph.entities().relationsOf(second);
        List<SystemInContext> systemContexts = systems.values().stream()
                .map(system -> new SystemInContext(system, around.getOrDefault(system.ref(), List.of()).stream()
                        .filter(r -> r.relation().equals("partOf") && "domain".equalsIgnoreCase(r.other().kind()))
                        .map(EntityRelation::other).min(BY_REF).orElse(null)))
                .toList();
        List<ApiInContext> providedApis = provided.values().stream()
                .map(api -> new ApiInContext(api, own.contains(api.ref()) ? definitionPath(api.ref(), repository) : null,
                        counterparts(around, api.ref(), RelationType.CONSUMES_API, own)))
                .toList();
        List<ApiInContext> consumedApis = consumed.values().stream()
                .map(api -> new ApiInContext(api, own.contains(api.ref()) ? definitionPath(api.ref(), repository) : null,
                        counterparts(around, api.ref(), RelationType.PROVIDES_API, own)))
                .toList();
        List<StoredEntity> stored = entities.stream().limit(MAX_OPERATIONS_ENTITIES)
                .map(entity -> graph.entities().find(entity.ref())).flatMap(java.util.Optional::stream).toList();
        return new CatalogContext(entities, owners, systemContexts, providedApis, consumedApis,
                List.copyOf(dependencies.values()), List.copyOf(dependents.values()), OperationsReader.of(stored));
    }

    /** Who is at the other end of an API: its consumers or its providers, outside this repository. */
    private static List<EntitySummary> counterparts(Map<String, List<EntityRelation>> around, String api,
                                                    RelationType type, Set<String> own) {
        return around.getOrDefault(api, List.of()).stream()
                .filter(relation -> relation.type() == type && !relation.outgoing())
                .map(EntityRelation::other).filter(other -> !own.contains(other.ref()))
                .sorted(BY_REF).toList();
    }

    /** The API's definition file relative to the repository (the catalog may record it from the ingest root). */
    private String definitionPath(String apiRef, String repository) {
        return graph.entities().find(apiRef).map(StoredEntity::definitionPath)
                .map(path -> path.startsWith(repository + "/") ? path.substring(repository.length() + 1) : path)
                .map(path -> path.startsWith("./") ? path.substring(2) : path)
                .orElse(null);
    }
}
