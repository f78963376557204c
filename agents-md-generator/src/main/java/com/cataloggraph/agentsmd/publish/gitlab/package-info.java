/** GitLab: the commits API creates branch and commit in one call; the merge-request API opens or updates. */
package com.cataloggraph.agentsmd.publish.gitlab;
