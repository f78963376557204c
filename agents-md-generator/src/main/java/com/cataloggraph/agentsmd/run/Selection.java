package com.cataloggraph.agentsmd.run;

import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which repositories a run covers. {@code repo=} takes folder names with {@code *} and {@code ?}
 * wildcards; {@code owner=} a group or user (a parent group selects its teams' repositories too);
 * {@code system=} a system. Values of one key are alternatives; different keys must all match.
 * No selection means every repository.
 *
 * @param repositories name patterns
 * @param owners       canonical owner refs
 * @param systems      canonical system refs
 */
public record Selection(List<String> repositories, List<String> owners, List<String> systems) {

    public static final Selection ALL = new Selection(List.of(), List.of(), List.of());

    public Selection {
        repositories = List.copyOf(repositories);
        owners = List.copyOf(owners);
        systems = List.copyOf(systems);
    }

    /**
     * Parses {@code key=value[,value...]} items and resolves owners and systems against the catalog.
     *
     * @throws InvalidSelectionException naming the item and what is wrong with it
     */
    public static Selection parse(List<String> items, EntityQueries entities) {
        List<String> repositories = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<String> systems = new ArrayList<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            String key = eq < 0 ? "" : item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String values = eq < 0 ? "" : item.substring(eq + 1);
            if (!Set.of("owner", "system", "repo").contains(key) || values.isBlank()) {
                throw new InvalidSelectionException("selection '" + item + "' is not owner=NAME, system=NAME or repo=NAME");
            }
            for (String value : values.split(",")) {
                String trimmed = value.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                switch (key) {
                    case "repo" -> repositories.add(trimmed);
                    case "owner" -> owners.add(resolve(entities, key, trimmed, Set.of("group", "user")));
                    default -> systems.add(resolve(entities, key, trimmed, Set.of("system")));
                }
            }
        }
        return new Selection(repositories, owners, systems);
    }

    public boolean isEmpty() {
        return repositories.isEmpty() && owners.isEmpty() && systems.isEmpty();
    }

    /** Whether the folder name passes {@code repo=}; checked before the catalog is read. */
    public boolean matchesName(String repository) {
        return repositories.isEmpty() || repositories.stream().anyMatch(glob -> glob(glob).matcher(repository).matches());
    }

    /** Whether the repository's catalog context passes {@code owner=} and {@code system=}. */
    public boolean matches(CatalogContext context) {
        boolean owner = owners.isEmpty() || context.owners().stream().anyMatch(info -> owners.contains(info.owner().ref())
                || info.parents().stream().anyMatch(parent -> owners.contains(parent.ref())));
        boolean system = systems.isEmpty() || context.systems().stream()
                .anyMatch(inContext -> systems.contains(inContext.system().ref()));
        return owner && system;
    }

    /** The selection as it is stored with a run and shown in reports. */
    public List<String> describe() {
        List<String> items = new ArrayList<>();
        repositories.forEach(r -> items.add("repo=" + r));
        owners.forEach(o -> items.add("owner=" + o));
        systems.forEach(s -> items.add("system=" + s));
        return items;
    }

    private static String resolve(EntityQueries entities, String key, String value, Set<String> kinds) {
        Resolution resolution = entities.resolve(value, kinds);
        if (resolution.isFound()) {
            EntitySummary match = resolution.match();
            String kind = match.ref().substring(0, match.ref().indexOf(':'));
            if (!kinds.contains(kind)) {
                throw new InvalidSelectionException(key + "=" + value + " is " + match.ref() + ", not a "
                        + String.join(" or ", kinds.stream().sorted().toList()));
            }
            return match.ref();
        }
        if (resolution.isAmbiguous()) {
            // The exact name is of another kind; the resolver offers near names of the kinds asked for.
            EntitySummary first = resolution.candidates().getFirst();
            List<String> fitting = resolution.candidates().stream().map(EntitySummary::ref)
                    .filter(ref -> kinds.contains(ref.substring(0, ref.indexOf(':')))).toList();
            if (!kinds.contains(first.ref().substring(0, first.ref().indexOf(':'))) && !fitting.isEmpty()) {
                throw new InvalidSelectionException(key + "=" + value + " is " + first.ref() + ", not a "
                        + String.join(" or ", kinds.stream().sorted().toList()) + "; did you mean "
                        + String.join(", ", fitting) + "?");
            }
            throw new InvalidSelectionException(key + "=" + value + " matches " + String.join(", ",
                    resolution.candidates().stream().map(EntitySummary::ref).toList()) + "; use the full ref");
        }
        List<String> suggestions = resolution.suggestions().stream().map(EntitySummary::ref)
                .filter(ref -> kinds.contains(ref.substring(0, ref.indexOf(':')))).toList();
        throw new InvalidSelectionException(key + "=" + value + " matches no " + String.join(" or ",
                kinds.stream().sorted().toList()) + " in the catalog"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}
