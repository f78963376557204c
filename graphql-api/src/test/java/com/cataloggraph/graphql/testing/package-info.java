/** Test helpers other modules' tests use (shipped in graphql-api's test jar): a headless browser driver. */
package com.cataloggraph.graphql.testing;
