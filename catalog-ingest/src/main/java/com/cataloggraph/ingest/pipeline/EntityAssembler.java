package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.RepositoryInfo;
import com.cataloggraph.ingest.source.TreePaths;
import com.cataloggraph.ingest.source.WebLinks;
import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.EntityLink;
import com.cataloggraph.model.entity.Provenance;
import com.cataloggraph.model.ref.EntityRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the entity record from a validated document, adding the annotations Backstage sets on
 * ingest. As in Backstage, the location annotations always name the file the entity was really read
 * from (a descriptor copied from another repository must not point there), while written view, edit
 * and source links win over the derived ones.
 */
final class EntityAssembler {

    static final String MANAGED_BY_LOCATION = "backstage.io/managed-by-location";
    static final String MANAGED_BY_ORIGIN_LOCATION = "backstage.io/managed-by-origin-location";
    static final String SOURCE_LOCATION = "backstage.io/source-location";
    static final String VIEW_URL = "backstage.io/view-url";
    static final String EDIT_URL = "backstage.io/edit-url";

    private EntityAssembler() {
    }

    /** The ref a document names; its parts are known to be strings after the envelope check. */
    static EntityRef refOf(Map<String, Object> document) {
        Map<?, ?> metadata = (Map<?, ?>) document.get("metadata");
        Object namespace = metadata.get("namespace");
        return new EntityRef((String) document.get("kind"),
                namespace instanceof String text ? text : EntityRef.DEFAULT_NAMESPACE, (String) metadata.get("name"));
    }

    @SuppressWarnings("unchecked")
    static CatalogEntity build(Map<String, Object> document, String definitionPath, DescriptorFile file,
                               String contentHash) {
        Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
        Map<String, Object> spec = document.get("spec") instanceof Map<?, ?> map
                ? (Map<String, Object>) map : Map.of();
        RepositoryInfo repository = file.repository();
        return new CatalogEntity(refOf(document), (String) document.get("apiVersion"), (String) metadata.get("title"),
                (String) metadata.get("description"), text(spec.get("type")), text(spec.get("lifecycle")),
                (List<String>) metadata.getOrDefault("tags", List.of()), strings(metadata.get("labels")),
                annotations(file, strings(metadata.get("annotations"))), links(metadata.get("links")), spec,
                definitionPath, new Provenance(repository.name(), repository.url(), file.path(), contentHash,
                file.location()));
    }

    private static Map<String, String> annotations(DescriptorFile file, Map<String, String> written) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(MANAGED_BY_LOCATION, file.location());
        annotations.put(MANAGED_BY_ORIGIN_LOCATION, file.originLocation());
        RepositoryInfo repository = file.repository();
        String inRepository = repository.relative(file.path());
        putIfKnown(annotations, VIEW_URL, WebLinks.view(repository, inRepository));
        putIfKnown(annotations, EDIT_URL, WebLinks.edit(repository, inRepository));
        String folder = WebLinks.folder(repository, TreePaths.folderOf(inRepository));
        putIfKnown(annotations, SOURCE_LOCATION, folder == null ? null : "url:" + folder);
        Map<String, String> merged = new LinkedHashMap<>(annotations);
        merged.putAll(written);
        merged.put(MANAGED_BY_LOCATION, file.location());
        merged.put(MANAGED_BY_ORIGIN_LOCATION, file.originLocation());
        return merged;
    }

    private static void putIfKnown(Map<String, String> annotations, String key, String value) {
        if (value != null) {
            annotations.put(key, value);
        }
    }

    private static List<EntityLink> links(Object value) {
        List<EntityLink> links = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> link = (Map<?, ?>) item;
                links.add(new EntityLink((String) link.get("url"), text(link.get("title")), text(link.get("icon")),
                        text(link.get("type"))));
            }
        }
        return links;
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put((String) k, (String) v));
        }
        return result;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }
}
