package com.cataloggraph.mcp.tool;

/**
 * The graph model in words, written once: a one-paragraph summary that query_graph's description
 * carries (every byte of it is paid on every session) and the fuller page the
 * {@code catalog://model} resource serves. Both name the bookkeeping labels too, so a query can
 * find what the ingester recorded.
 */
public final class GraphModel {

    /** Labels, key properties and relationship types, as short as an agent can still write Cypher from. */
    public static final String SUMMARY = ":Entity:Component|API|Resource|System|Domain|Group|User {ref "
            + "'kind:namespace/name' lowercase, name, title, type, lifecycle, tags, email, repository}; OWNED_BY, "
            + "DEPENDS_ON, PROVIDES_API, CONSUMES_API, PART_OF, MEMBER_OF, CHILD_OF. Bookkeeping: :SourceFile "
            + "{file, repository, status, problems}, :IngestRun {finishedAt, status}. Resource catalog://model "
            + "has all.";

    /** The {@code catalog://model} page (Markdown). */
    public static final String PAGE = """
            # Catalog graph model

            ## Entities
            Every catalog entity is a node `:Entity` with a second label for its kind: `:Component`, `:API`,
            `:Resource`, `:System`, `:Domain`, `:Group`, `:User` (`:Location`, `:Template`; other kinds have
            `:Entity` only). Properties:

            | property | meaning |
            |---|---|
            | `ref` | the key: `kind:namespace/name`, lowercase (`component:default/payments`) |
            | `kind`, `namespace`, `name` | as written in the descriptor |
            | `title`, `description`, `type`, `lifecycle` | descriptor fields (`type` e.g. `service`, `database`) |
            | `tags` | list of strings |
            | `annotations`, `labels` | lists of `key=value` strings (Neo4j properties hold no maps) |
            | `email`, `displayName` | a Group's or User's profile |
            | `repository`, `repositoryUrl`, `sourceFile` | where the descriptor was read |
            | `repositoryName`, `repositoryUrlName` | the lowercase last segment of each, without `.git` (`payments` for `git@host:acme/Payments.git`): indexed, to find a repository's entities |
            | `sourceDocument`, `sourceLine`, `sourceEndLine` | the YAML document in that file (from 1) and its lines |
            | `sourceCommit`, `sourceUrl` | the commit the file was read at (when known) and its page there (add `#L<line>`) |
            | `sourceVia` | `file:line` of the Location target that led to the file |
            | `missing` | true for a ref that relations point at but no descriptor defines (a placeholder) |
            | `orphan` | true when the descriptor that defined it is gone |

            ## Relationships
            Stored once, forward; Backstage's inverse names are the same relationship read backwards.
            Each has `declaredBy` (the refs whose descriptors declare it) and `declaredAt` beside it:
            `declaredAt[i]` is where `declaredBy[i]` declared it, `file:line:field`
            (`payments/catalog-info.yaml:14:spec.dependsOn[2]`).

            | type | from → to | forward / inverse name |
            |---|---|---|
            | `OWNED_BY` | entity → Group or User | ownedBy / ownerOf |
            | `DEPENDS_ON` | Component or Resource → anything | dependsOn / dependencyOf |
            | `PROVIDES_API` | Component → API | providesApi / apiProvidedBy |
            | `CONSUMES_API` | Component → API | consumesApi / apiConsumedBy |
            | `PART_OF` | Component, API, Resource → System; System → Domain | partOf / hasPart |
            | `MEMBER_OF` | User → Group | memberOf / hasMember |
            | `CHILD_OF` | Group → parent Group | childOf / parentOf |

            ## Bookkeeping (not entities)
            - `:SourceFile {location, file, repository, source, status, claims, problems, errors}`: one per
              descriptor file the ingester read. `status` is `OK`, `PARTIAL` (some documents failed; the valid
              ones were used), `FAILED` (nothing of this version was used; its last good entities were kept) or
              `VANISHED`; `claims` are the refs it defines; `problems` is JSON, each with file, line, field, rule
              and message; `repositoryName` is the repository's name key, as on entities. Example:
              `MATCH (f:SourceFile) WHERE f.status IN ['FAILED','PARTIAL'] RETURN f.file, f.problems`.
            - `:IngestRun {id, startedAt, finishedAt, status, source, ...counts}`: one per ingest run.
            - `:EntityChange {run, at, ref, kind, change, fields, before, after, declared, declaredAt, undeclared,
              undeclaredAt, owner, ownerBefore, file, commit}`: the history, one per entity a run changed
              (`change` is `added`, `modified`, `restored`, `orphaned` or `removed`; `at` a datetime; `before` and
              `after` JSON maps of the changed fields; `declared` the relations it started declaring as
              `source TYPE target`); kept for `catalog.history.retention` (90 days). Example:
              `MATCH (c:EntityChange {ref: $ref}) RETURN c.at, c.change, c.fields ORDER BY c.at DESC`.
            No relationship joins bookkeeping nodes to entities.

            Resource `catalog://ingest/problems` lists the failed and partial files; each entity is
            `catalog://entity/{kind}/{namespace}/{name}`.
            """;

    private GraphModel() {
    }
}
