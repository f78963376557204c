package com.cataloggraph.ingest.state;

import java.util.List;

/**
 * A ref that relations point at but no descriptor defines (a {@code missing} placeholder).
 *
 * @param referencedBy the defined entities whose relations name it (at most a few)
 * @param references   how many defined entities name it
 */
public record DanglingRef(String ref, List<String> referencedBy, long references) {
}
