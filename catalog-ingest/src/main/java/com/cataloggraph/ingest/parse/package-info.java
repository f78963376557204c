/** Safe YAML reading: bytes to documents of plain values with line numbers, or problems. */
package com.cataloggraph.ingest.parse;
