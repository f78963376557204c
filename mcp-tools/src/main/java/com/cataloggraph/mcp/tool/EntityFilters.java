package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.InputBounds;
import com.cataloggraph.model.query.InputTooLongException;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Builds the shared listing filter from tool arguments, resolving loose owner and system names
 * to refs so {@code owner: "payments-team"} works as well as the full ref. When a filtered answer
 * is empty, {@link #explainEmpty} says which filter value the catalog does not know and the
 * nearest ones it does ({@code kind "componnet"} → component).
 */
public final class EntityFilters {

    /** How many known values a typo is shown. */
    private static final int NEAREST = 3;

    private final ToolContext context;

    public EntityFilters(ToolContext context) {
        this.context = context;
    }

    public EntityFilter filter(String kind, String type, String lifecycle, String owner, String system, String tag,
                               String namespace) {
        bound("kind", kind);
        bound("type", type);
        bound("lifecycle", lifecycle);
        bound("tag", tag);
        bound("namespace", namespace);
        String ownerRef = blank(owner) ? null
                : context.resolver().resolve("owner", owner, Kind.GROUP, Kind.USER).ref();
        String systemRef = blank(system) ? null : context.resolver().resolve("system", system, Kind.SYSTEM).ref();
        return new EntityFilter(blankToNull(kind), blankToNull(type), blankToNull(lifecycle), ownerRef, systemRef,
                null, blankToNull(tag), blankToNull(namespace), null, false);
    }

    /**
     * For an answer that came back empty: an error naming a kind, type or lifecycle no entity has, with the
     * nearest values in use; nothing when every value exists (the combination is simply empty).
     *
     * @throws ToolCallException naming the unknown value and its nearest known ones
     */
    public void explainEmpty(EntityFilter filter) {
        explainUnknown(listOf(filter.kind()), listOf(filter.type()), listOf(filter.lifecycle()));
    }

    /**
     * The same for lists of values (dependency walks filter by several kinds and types).
     *
     * @throws ToolCallException naming the first unknown value and its nearest known ones
     */
    public void explainUnknown(Collection<String> kinds, Collection<String> types, Collection<String> lifecycles) {
        if (!kinds.isEmpty()) {
            List<String> known = new ArrayList<>(Arrays.stream(Kind.values()).map(Kind::key).toList());
            context.completion().kinds("", 100).stream().filter(k -> !known.contains(k)).forEach(known::add);
            kinds.forEach(kind -> unknown("kind", kind, known));
        }
        if (!types.isEmpty()) {
            List<String> known = context.completion().types(500);
            types.forEach(type -> unknown("type", type, known));
        }
        if (!lifecycles.isEmpty()) {
            List<String> known = context.completion().lifecycles(100);
            lifecycles.forEach(lifecycle -> unknown("lifecycle", lifecycle, known));
        }
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static void unknown(String field, String value, List<String> known) {
        String asked = value.trim().toLowerCase(Locale.ROOT);
        if (known.contains(asked)) {
            return;
        }
        List<String> nearest = Nearest.to(asked, known, NEAREST);
        throw new ToolCallException("No entity has " + field + " \"" + value.trim() + "\""
                + (nearest.isEmpty() ? "." : ". Did you mean " + String.join(", ", nearest) + "?")
                + (known.size() > NEAREST && known.size() <= 20 ? " Known: " + String.join(", ", known) + "." : ""));
    }

    private static void bound(String field, String value) {
        try {
            InputBounds.filter(field, value);
        } catch (InputTooLongException e) {
            throw new ToolCallException(e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
