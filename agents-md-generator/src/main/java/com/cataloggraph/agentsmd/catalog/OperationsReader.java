package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.query.StoredEntity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Operations facts of a repository's entities from Backstage's well-known annotations
 * ({@code pagerduty.com/service-id}, {@code pagerduty.com/integration-key}, {@code opsgenie.com/team},
 * {@code opsgenie.com/component-selector}, {@code grafana/dashboard-selector}, {@code grafana/overview-dashboard},
 * {@code backstage.io/techdocs-ref}, {@code backstage.io/techdocs-entity}) and from {@code metadata.links} whose
 * type or title says runbook or dashboard. Secrets such as an integration key are named, never copied.
 */
final class OperationsReader {

    static final int MAX_FACTS = 6;

    private OperationsReader() {
    }

    static List<OperationsFact> of(List<StoredEntity> entities) {
        Set<OperationsFact> facts = new LinkedHashSet<>();
        for (StoredEntity entity : entities) {
            Map<String, String> annotations = entity.annotations();
            annotation(annotations, "pagerduty.com/service-id").ifPresent(id ->
                    facts.add(new OperationsFact("On call", "PagerDuty service `" + id + "`")));
            if (!annotations.containsKey("pagerduty.com/service-id")
                    && annotation(annotations, "pagerduty.com/integration-key").isPresent()) {
                facts.add(new OperationsFact("On call", "PagerDuty (integration configured in the catalog)"));
            }
            annotation(annotations, "opsgenie.com/team").ifPresent(team ->
                    facts.add(new OperationsFact("On call", "Opsgenie team `" + team + "`")));
            annotation(annotations, "opsgenie.com/component-selector").ifPresent(selector ->
                    facts.add(new OperationsFact("On call", "Opsgenie components `" + selector + "`")));
            annotation(annotations, "grafana/overview-dashboard").ifPresent(url ->
                    facts.add(new OperationsFact("Dashboards", "Grafana overview " + url)));
            annotation(annotations, "grafana/dashboard-selector").ifPresent(selector ->
                    facts.add(new OperationsFact("Dashboards", "Grafana dashboards matching `" + selector + "`")));
            annotation(annotations, "backstage.io/techdocs-ref").ifPresent(ref ->
                    facts.add(new OperationsFact("Docs", "TechDocs (`" + ref + "`)")));
            annotation(annotations, "backstage.io/techdocs-entity").ifPresent(ref ->
                    facts.add(new OperationsFact("Docs", "TechDocs of `" + ref + "`")));
            for (Map<String, Object> link : entity.links()) {
                String url = text(link.get("url"));
                String title = text(link.get("title"));
                String type = text(link.get("type")).toLowerCase(Locale.ROOT);
                String label = (title + " " + type).toLowerCase(Locale.ROOT);
                if (url.isEmpty()) {
                    continue;
                }
                String shown = title.isEmpty() ? url : "[" + title + "](" + url + ")";
                if (label.contains("runbook") || label.contains("playbook")) {
                    facts.add(new OperationsFact("Runbook", shown));
                } else if (label.contains("dashboard")) {
                    facts.add(new OperationsFact("Dashboards", shown));
                }
            }
        }
        return new ArrayList<>(facts).stream().limit(MAX_FACTS).toList();
    }

    private static java.util.Optional<String> annotation(Map<String, String> annotations, String key) {
        String value = annotations.get(key);
        return value == null || value.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(value.strip().replace("`", "'"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
