/**
 * What the catalog browser needs from the application: who the caller is, told to the GraphQL API's
 * {@code viewer} field from the HTTP security's authentication.
 */
package com.cataloggraph.app.ui;
