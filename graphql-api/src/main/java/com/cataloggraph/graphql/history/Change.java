package com.cataloggraph.graphql.history;

import com.cataloggraph.graphql.entity.Source;
import com.cataloggraph.model.history.CatalogChange;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;

/** The schema's {@code Change} and its parts, made from graph-model's {@link CatalogChange}. */
public record Change(String run, String at, String entity, String kind, String change, List<FieldChange> fields,
                     List<RelationChange> declared, List<RelationChange> undeclared, String owner, String ownerBefore,
                     String file, String commit, String hash) {

    public record FieldChange(String field, String before, String after) {
    }

    /** @param relation Backstage's name read from {@code from} (the stored relationship's source) */
    public record RelationChange(String from, String relation, String to, Source source) {
    }

    static Change of(CatalogChange change) {
        if (change == null) {
            return null;
        }
        return new Change(change.run(), change.at(), change.ref(), change.kind(), change.change(),
                change.fields().entrySet().stream().map(e -> new FieldChange(e.getKey(), e.getValue().before(),
                        e.getValue().after())).toList(),
                relations(change.declared()), relations(change.undeclared()), change.owner(), change.ownerBefore(),
                change.file(), change.commit(), change.hash());
    }

    private static List<RelationChange> relations(List<CatalogChange.RelationChange> relations) {
        return relations.stream().map(r -> new RelationChange(r.source(),
                RelationType.ofNeo4jType(r.type()).map(RelationType::forwardName).orElse(r.type()), r.target(),
                r.site() == null ? null : Source.at(r.site().file(), r.site().line(), r.site().field()))).toList();
    }
}
