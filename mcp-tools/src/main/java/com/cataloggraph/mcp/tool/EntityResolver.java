package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.InputTooLongException;
import com.cataloggraph.model.query.Resolution;
import com.cataloggraph.model.query.StoredEntity;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what an agent typed for an entity argument into one entity, or into an error that
 * says how to correct the call: the candidates (ref, kind, title) when more than one could be
 * meant, the nearest names when none matches, the right tool when the entity is of another kind.
 * Names resolve in tiers (graph-model's {@code NameResolution}): exact ref, exact name, title.
 */
public final class EntityResolver {

    /** What get_owner is asked about: things that have owners. */
    public static final Set<Kind> OWNED = Set.of(Kind.COMPONENT, Kind.API, Kind.RESOURCE, Kind.SYSTEM, Kind.DOMAIN);

    /** What dependency walks start from. */
    public static final Set<Kind> DEPENDING = Set.of(Kind.COMPONENT, Kind.API, Kind.RESOURCE);

    /** Which tool describes an entity of a kind best, for "use X instead" hints. */
    private static final Map<Kind, String> TOOL_FOR_KIND = Map.of(Kind.GROUP, "get_team", Kind.USER, "get_user",
            Kind.SYSTEM, "get_system", Kind.API, "get_api");

    private final EntityQueries entities;

    public EntityResolver(EntityQueries entities) {
        this.entities = entities;
    }

    /**
     * An entity of one of the required kinds.
     *
     * @param argument the argument's name, quoted in errors
     * @param text     a full ref, a partial one, a name or a title, any case
     * @param kinds    the kinds this argument accepts; none for any kind
     * @throws ToolCallException when nothing, several things or the wrong kind of thing matches
     */
    public EntitySummary resolve(String argument, String text, Kind... kinds) {
        EntitySummary match = find(argument, text, Set.of(kinds));
        if (kinds.length > 0 && Arrays.stream(kinds).noneMatch(kind -> kind.key().equals(kindKey(match)))) {
            throw new ToolCallException(wrongKind(argument, text, match, kinds));
        }
        return match;
    }

    /**
     * An entity of any kind, read whole: named by its exact ref, in one statement; otherwise resolved as
     * {@link #resolve} does, then read.
     *
     * @throws ToolCallException as {@link #resolve} does, or when the entity was removed between the two reads
     */
    public StoredEntity resolveWhole(String argument, String text) {
        try {
            Optional<StoredEntity> exact = entities.findByExactRef(text);
            if (exact.isPresent()) {
                return exact.get();
            }
        } catch (InputTooLongException e) {
            throw new ToolCallException(argument + ": " + e.getMessage());
        }
        EntitySummary match = resolve(argument, text);
        return entities.find(match.ref()).orElseThrow(() ->
                new ToolCallException(match.ref() + " was removed from the catalog just now."));
    }

    /**
     * An entity of any kind; when a name is of a kind the tool does not expect (a group for get_owner)
     * and entities of the expected kinds carry the word too, they are all offered instead.
     */
    public EntitySummary resolvePreferring(String argument, String text, Set<Kind> expected) {
        return find(argument, text, expected);
    }

    private EntitySummary find(String argument, String text, Set<Kind> expected) {
        if (text == null || text.isBlank()) {
            throw new ToolCallException("Pass " + argument + ": a ref such as " + example(expected)
                    + " or just a name, in any case.");
        }
        Resolution resolution;
        try {
            resolution = entities.resolve(text, expected.stream().map(Kind::key).toList());
        } catch (InputTooLongException e) {
            throw new ToolCallException(argument + ": " + e.getMessage());
        }
        if (resolution.isFound()) {
            return resolution.match();
        }
        if (resolution.isAmbiguous()) {
            throw new ToolCallException("\"" + text.trim() + "\" could mean " + resolution.candidates().size()
                    + " entities: " + candidates(resolution.candidates()) + ". Call again with one of these refs as "
                    + argument + ".");
        }
        if (resolution.suggestions().isEmpty()) {
            throw new ToolCallException("No entity matches \"" + text.trim() + "\". Find it by words with "
                    + "search_entities, or browse with list_entities.");
        }
        throw new ToolCallException("No entity matches \"" + text.trim() + "\". Nearest: "
                + candidates(resolution.suggestions()) + ". Call again with one of these refs as " + argument
                + ", or use search_entities.");
    }

    private static String wrongKind(String argument, String text, EntitySummary match, Kind... kinds) {
        String wanted = Arrays.stream(kinds).map(Kind::displayName).collect(Collectors.joining(" or "));
        String message = "\"" + text.trim() + "\" is " + match.ref() + ", a " + Kind.displayNameOf(match.kind())
                + ", but " + argument + " must be a " + wanted + ".";
        String better = Kind.of(match.kind()).map(TOOL_FOR_KIND::get).orElse("get_entity");
        return message + " Use " + better + " for it, or pass a " + wanted + " such as " + example(Set.of(kinds))
                + ".";
    }

    private static String example(Set<Kind> kinds) {
        Kind kind = kinds.size() == 1 ? kinds.iterator().next() : Kind.COMPONENT;
        return kind.key() + ":default/" + switch (kind) {
            case GROUP -> "team-a";
            case USER -> "jane.doe";
            case API -> "payments-api";
            default -> "payments";
        };
    }

    private static String kindKey(EntitySummary entity) {
        return entity.ref().substring(0, entity.ref().indexOf(':')).toLowerCase(Locale.ROOT);
    }

    /** {@code group:default/billing (Group "Billing"), resource:default/ghost (Resource, missing)}. */
    static String candidates(List<EntitySummary> entities) {
        return entities.stream().map(EntityResolver::candidate).collect(Collectors.joining(", "));
    }

    private static String candidate(EntitySummary e) {
        String name = e.ref().substring(e.ref().indexOf('/') + 1);
        String title = e.label() != null && !e.label().equalsIgnoreCase(name) ? " \"" + e.label() + "\"" : "";
        return e.ref() + " (" + Kind.displayNameOf(e.kind()) + title + (e.missing() ? ", missing" : "") + ")";
    }
}
