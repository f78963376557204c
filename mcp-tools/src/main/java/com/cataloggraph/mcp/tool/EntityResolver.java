package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Resolution;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what an agent typed for an entity argument into one entity, or into an error that
 * says how to correct the call: the candidates when several match, the nearest names when
 * none does, the right tool when the entity is of another kind.
 */
public final class EntityResolver {

    /** Which tool describes an entity of a kind best, for "use X instead" hints. */
    private static final Map<Kind, String> TOOL_FOR_KIND = Map.of(Kind.GROUP, "get_team", Kind.USER, "get_user",
            Kind.SYSTEM, "get_system", Kind.API, "get_api");

    private final EntityQueries entities;

    public EntityResolver(EntityQueries entities) {
        this.entities = entities;
    }

    /**
     * @param argument the argument's name, quoted in errors
     * @param text     a full ref, a partial one or a name, any case
     * @param kinds    the kinds this argument accepts; none for any kind
     * @throws ToolCallException when nothing, several things or the wrong kind of thing matches
     */
    public EntitySummary resolve(String argument, String text, Kind... kinds) {
        if (text == null || text.isBlank()) {
            throw new ToolCallException("Pass " + argument + ": a ref such as " + example(kinds)
                    + " or just a name, in any case.");
        }
        List<String> preferred = Arrays.stream(kinds).map(Kind::key).toList();
        Resolution resolution = entities.resolve(text, preferred);
        if (resolution.isFound()) {
            EntitySummary match = resolution.match();
            if (kinds.length > 0 && !preferred.contains(kindKey(match))) {
                throw new ToolCallException(wrongKind(argument, text, match, kinds));
            }
            return match;
        }
        if (resolution.isAmbiguous()) {
            throw new ToolCallException("\"" + text + "\" matches " + resolution.candidates().size() + " entities: "
                    + refs(resolution.candidates()) + ". Call again with one of these refs as " + argument + ".");
        }
        if (resolution.suggestions().isEmpty()) {
            throw new ToolCallException("No entity matches \"" + text + "\". Find it by words with search_entities, "
                    + "or browse with list_entities.");
        }
        throw new ToolCallException("No entity matches \"" + text + "\". Nearest: " + refs(resolution.suggestions())
                + ". Call again with one of these refs as " + argument + ", or use search_entities.");
    }

    private static String wrongKind(String argument, String text, EntitySummary match, Kind... kinds) {
        String wanted = Arrays.stream(kinds).map(Kind::displayName).collect(Collectors.joining(" or "));
        String message = "\"" + text + "\" is " + match.ref() + ", a " + Kind.displayNameOf(match.kind())
                + ", but " + argument + " must be a " + wanted + ".";
        String better = Kind.of(match.kind()).map(TOOL_FOR_KIND::get).orElse("get_entity");
        return message + " Use " + better + " for it, or pass a " + wanted + " such as " + example(kinds) + ".";
    }

    private static String example(Kind... kinds) {
        Kind kind = kinds.length == 0 ? Kind.COMPONENT : kinds[0];
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

    private static String refs(List<EntitySummary> entities) {
        return entities.stream().map(e -> e.ref() + (e.missing() ? " (missing)" : "")).collect(Collectors.joining(", "));
    }
}
