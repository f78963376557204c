package com.cataloggraph.agentsmd.draft;

import com.cataloggraph.agentsmd.catalog.ApiInContext;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.catalog.SystemInContext;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's part of the draft: facts an agent cannot find in the repository (who owns it and
 * how to reach them, what it belongs to, which APIs and databases it touches, who depends on it).
 */
final class CatalogSectionRenderer {

    static final int MAX_OWNERS = 2;
    static final int MAX_MEMBERS = 5;
    static final int MAX_SYSTEMS = 2;
    static final int MAX_APIS = 4;
    static final int MAX_ENTITIES = 8;
    static final int MAX_COUNTERPARTS = 5;

    List<String> render(CatalogContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("- Defines: " + list(context.entities(), MAX_ENTITIES, CatalogSectionRenderer::defined) + ".");
        context.owners().stream().limit(MAX_OWNERS).forEach(owner -> lines.add("- " + owner(owner)));
        context.systems().stream().limit(MAX_SYSTEMS).forEach(system -> lines.add("- " + system(system)));
        context.providedApis().stream().limit(MAX_APIS).forEach(api -> lines.add("- " + provided(api)));
        context.consumedApis().stream().limit(MAX_APIS).forEach(api -> lines.add("- " + consumed(api)));
        if (!context.dependencies().isEmpty()) {
            lines.add("- Depends on: " + list(context.dependencies(), MAX_ENTITIES, CatalogSectionRenderer::typed) + ".");
        }
        if (!context.dependents().isEmpty()) {
            lines.add("- Depended on by: " + list(context.dependents(), MAX_ENTITIES, CatalogSectionRenderer::typed)
                    + ": check them before changing behaviour they rely on.");
        }
        Map<String, List<String>> operations = new LinkedHashMap<>();
        context.operations().forEach(fact -> operations.computeIfAbsent(fact.what(), k -> new ArrayList<>())
                .add(fact.value()));
        operations.forEach((what, values) -> lines.add("- " + what + ": " + String.join("; ", values) + "."));
        return lines;
    }

    private static String defined(EntitySummary entity) {
        List<String> qualifiers = new ArrayList<>();
        if (entity.type() != null) {
            qualifiers.add(entity.type());
        }
        if (entity.lifecycle() != null) {
            qualifiers.add(entity.lifecycle());
        }
        return "`" + entity.ref() + "`" + (qualifiers.isEmpty() ? "" : " (" + String.join(", ", qualifiers) + ")");
    }

    private static String typed(EntitySummary entity) {
        String qualifier = entity.missing() ? "not in the catalog" : entity.type();
        return "`" + entity.ref() + "`" + (qualifier == null ? "" : " (" + qualifier + ")");
    }

    private static String owner(OwnerInfo info) {
        EntitySummary owner = info.owner();
        StringBuilder line = new StringBuilder("Owner: ");
        line.append(owner.label()).append(" (`").append(owner.ref()).append("`");
        if (owner.email() != null) {
            line.append(", ").append(owner.email());
        }
        line.append(")");
        if (!info.members().isEmpty()) {
            line.append("; members ").append(list(info.members(), MAX_MEMBERS, CatalogSectionRenderer::person,
                    info.memberCount()));
        }
        if (!info.parents().isEmpty()) {
            line.append("; part of ").append(info.parents().getFirst().label());
        }
        if (!info.groups().isEmpty()) {
            line.append("; in ").append(list(info.groups(), MAX_MEMBERS, EntitySummary::label));
        }
        return line.append(".").toString();
    }

    private static String person(EntitySummary user) {
        return user.label() + (user.email() == null ? "" : " <" + user.email() + ">");
    }

    private static String system(SystemInContext context) {
        return "System: " + context.system().label() + " (`" + context.system().ref() + "`)"
                + (context.domain() == null ? "" : ", domain " + context.domain().label() + " (`"
                + context.domain().ref() + "`)") + ".";
    }

    private static String provided(ApiInContext api) {
        StringBuilder line = new StringBuilder("Provides API `").append(api.api().ref()).append("`");
        appendTypeAndDefinition(line, api);
        if (!api.counterparts().isEmpty()) {
            line.append("; consumed by ").append(list(api.counterparts(), MAX_COUNTERPARTS, e -> "`" + e.ref() + "`"))
                    .append(": keep changes backward compatible");
        }
        return line.append(".").toString();
    }

    private static String consumed(ApiInContext api) {
        StringBuilder line = new StringBuilder("Consumes API `").append(api.api().ref()).append("`");
        appendTypeAndDefinition(line, api);
        if (!api.counterparts().isEmpty()) {
            line.append("; provided by ").append(list(api.counterparts(), MAX_COUNTERPARTS, e -> "`" + e.ref() + "`"));
        }
        return line.append(".").toString();
    }

    private static void appendTypeAndDefinition(StringBuilder line, ApiInContext api) {
        List<String> qualifiers = new ArrayList<>();
        if (api.api().type() != null) {
            qualifiers.add(api.api().type());
        }
        if (api.api().lifecycle() != null) {
            qualifiers.add(api.api().lifecycle());
        }
        if (api.api().missing()) {
            qualifiers.add("not in the catalog");
        }
        if (!qualifiers.isEmpty()) {
            line.append(" (").append(String.join(", ", qualifiers)).append(")");
        }
        if (api.definitionPath() != null) {
            line.append(", defined in `").append(api.definitionPath()).append("`");
        }
    }

    private static String list(List<EntitySummary> entities, int max, java.util.function.Function<EntitySummary, String> show) {
        return list(entities, max, show, entities.size());
    }

    private static String list(List<EntitySummary> entities, int max, java.util.function.Function<EntitySummary, String> show,
                               long total) {
        List<String> shown = entities.stream().limit(max).map(show).toList();
        long more = total - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }
}
