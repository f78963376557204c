package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.RelationLines;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.query.StoredEntity;
import com.cataloggraph.model.ref.EntityRef;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each entity as a resource, {@code catalog://entity/{kind}/{namespace}/{name}}: everything
 * stored about it (spec and full API definition included) and its direct relations, as JSON.
 */
public final class EntityResource {

    public static final String TEMPLATE = "catalog://entity/{kind}/{namespace}/{name}";

    /** Longer than any ref can make a URI (each part is bounded by {@code InputBounds}). */
    static final int MAX_URI_CHARS = 1000;

    private static final Pattern URI = Pattern.compile("^catalog://entity/([^/]+)/([^/]+)/([^/]+)$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolContext context;

    public EntityResource(ToolContext context) {
        this.context = context;
    }

    /** The resource URI of the entity with this canonical ref. */
    public static String uriOf(String ref) {
        EntityRef parsed = EntityRef.parse(ref);
        return "catalog://entity/" + parsed.kindKey() + "/" + parsed.namespace().toLowerCase() + "/"
                + parsed.name().toLowerCase();
    }

    public CatalogResource definition() {
        ResourceTemplate template = ResourceTemplate.builder()
                .uriTemplate(TEMPLATE)
                .name("entity")
                .description("A catalog entity as JSON: all stored fields, spec, API definition and direct relations.")
                .mimeType("application/json")
                .build();
        return CatalogResource.template(template, this::read);
    }

    /** @throws McpError RESOURCE_NOT_FOUND for a URI that names no entity */
    public ReadResourceResult read(String uri) {
        String ref = refOf(uri);
        StoredEntity entity = context.graph().entities().find(ref).orElseThrow(() ->
                McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message("No entity " + ref + " in the catalog; complete the URI's name, or use search_entities")
                        .data(Map.of("uri", uri)).build());
        int max = context.maxItems();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", entity);
        List<RelationGroup> groups = context.relationGroups().groups(ref, Set.of(), RelationLines.perGroup(max));
        body.put("relations", RelationLines.flatten(groups, max, entity.sourceFile()));
        List<RelationLines.Cut> cuts = RelationLines.cuts(groups, max);
        if (!cuts.isEmpty()) {
            body.put("relationsCut", cuts);
        }
        body.put("lastIngestAt", context.freshness().lastIngestAt());
        return new ReadResourceResult(List.of(new TextResourceContents(uri, "application/json",
                JSON.writeValueAsString(body))));
    }

    private static String refOf(String uri) {
        Matcher matcher = URI.matcher(uri == null || uri.length() > MAX_URI_CHARS ? "" : uri);
        if (!matcher.matches()) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message("Entity resource URIs look like catalog://entity/component/default/payments, not "
                            + TextRendering.shorten(uri, 120))
                    .build();
        }
        return new EntityRef(decode(matcher.group(1)), decode(matcher.group(2)), decode(matcher.group(3))).canonical();
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
