/** Entity references: parsing with Backstage's rules and the canonical key form. */
package com.cataloggraph.model.ref;
