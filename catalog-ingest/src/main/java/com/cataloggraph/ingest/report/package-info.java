/** What a run reports: the report record, its JSON form, its one-line summary and progress events. */
package com.cataloggraph.ingest.report;
