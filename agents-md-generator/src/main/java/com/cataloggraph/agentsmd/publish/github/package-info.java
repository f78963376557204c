/** GitHub: blob, tree, commit and ref through the Git database API, then the pull request. */
package com.cataloggraph.agentsmd.publish.github;
