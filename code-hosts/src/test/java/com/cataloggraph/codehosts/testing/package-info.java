/** Test support shared with the modules that stub GitLab and GitHub: a recording HTTP server on a free port. */
package com.cataloggraph.codehosts.testing;
