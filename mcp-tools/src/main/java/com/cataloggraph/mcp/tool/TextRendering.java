package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact text forms every tool shares, so an agent sees entities written one way:
 * {@code component:default/payments [service, production]}, {@code group:default/team (Team) <team@x.com>},
 * {@code resource:default/cache MISSING}.
 */
public final class TextRendering {

    private TextRendering() {
    }

    public static String entity(EntitySummary entity) {
        return entity(EntityView.of(entity));
    }

    public static String entity(EntityView entity) {
        StringBuilder text = new StringBuilder(entity.ref());
        String name = entity.ref().substring(entity.ref().indexOf('/') + 1);
        if (entity.title() != null && !entity.title().equalsIgnoreCase(name)) {
            text.append(" (").append(entity.title()).append(')');
        }
        List<String> facts = new ArrayList<>(2);
        if (entity.type() != null) {
            facts.add(entity.type());
        }
        if (entity.lifecycle() != null) {
            facts.add(entity.lifecycle());
        }
        if (!facts.isEmpty()) {
            text.append(" [").append(String.join(", ", facts)).append(']');
        }
        if (entity.email() != null) {
            text.append(" <").append(entity.email()).append('>');
        }
        if (Boolean.TRUE.equals(entity.missing())) {
            text.append(" MISSING");
        }
        return text.toString();
    }

    /** Refs only, comma-joined, with how many more there are. */
    public static String refs(List<EntityView> entities, long total) {
        if (entities.isEmpty()) {
            return none(total);
        }
        StringBuilder text = new StringBuilder();
        for (EntityView entity : entities) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(entity.ref());
            if (Boolean.TRUE.equals(entity.missing())) {
                text.append(" MISSING");
            }
        }
        if (total > entities.size()) {
            text.append(" (+").append(total - entities.size()).append(" more)");
        }
        return text.toString();
    }

    /** Entities with their details, comma-joined. */
    public static String entities(List<EntityView> entities, long total) {
        if (entities.isEmpty()) {
            return none(total);
        }
        List<String> parts = entities.stream().map(TextRendering::entity).toList();
        String text = String.join(", ", parts);
        return total > entities.size() ? text + " (+" + (total - entities.size()) + " more)" : text;
    }

    private static String none(long total) {
        return total > 0 ? "(" + total + " not listed)" : "none";
    }

    /** The first {@code max} characters of a text, cut at a word, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
