package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import java.util.List;

/**
 * What the catalog knows about one repository. Every list is sorted by ref, so a draft built
 * from it is the same bytes for the same graph.
 *
 * @param entities     the entities the repository's descriptors define
 * @param owners       their owners, resolved to people
 * @param systems      the systems they are part of, with domains
 * @param providedApis APIs its components provide, with consumers
 * @param consumedApis APIs its components consume, with providers
 * @param dependencies what its entities depend on (outside the repository or not)
 * @param dependents   entities elsewhere that depend on its entities
 * @param operations   on-call, runbooks, dashboards and docs from its entities' annotations and links
 */
public record CatalogContext(List<EntitySummary> entities, List<OwnerInfo> owners, List<SystemInContext> systems,
                             List<ApiInContext> providedApis, List<ApiInContext> consumedApis,
                             List<EntitySummary> dependencies, List<EntitySummary> dependents,
                             List<OperationsFact> operations) {

    public static final CatalogContext EMPTY = new CatalogContext(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public CatalogContext {
        entities = List.copyOf(entities);
        owners = List.copyOf(owners);
        systems = List.copyOf(systems);
        providedApis = List.copyOf(providedApis);
        consumedApis = List.copyOf(consumedApis);
        dependencies = List.copyOf(dependencies);
        dependents = List.copyOf(dependents);
        operations = List.copyOf(operations);
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }
}
