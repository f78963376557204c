package com.cataloggraph.app.sync;

/** Small catalog-info.yaml texts for the sync tests. */
final class Descriptors {

    private Descriptors() {
    }

    static String component(String name, String owner) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: service
                  lifecycle: production
                  owner: %s
                """.formatted(name, owner);
    }

    static String groups(String... names) {
        StringBuilder yaml = new StringBuilder();
        for (String name : names) {
            yaml.append("""
                    ---
                    apiVersion: backstage.io/v1alpha1
                    kind: Group
                    metadata:
                      name: %s
                    spec:
                      type: team
                      children: []
                    """.formatted(name));
        }
        return yaml.toString();
    }
}
