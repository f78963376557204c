/** Placeholders ({@code $text}, {@code $json}, {@code $yaml}) resolved inside the descriptor's repository. */
package com.cataloggraph.ingest.placeholder;
