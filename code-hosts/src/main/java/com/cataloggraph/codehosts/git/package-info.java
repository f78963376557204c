/**
 * What a checkout's {@code .git} says about it, read from its files without starting git: remotes, the checked-out
 * branch and commit. Worktrees and submodules ({@code .git} as a file pointing elsewhere) are followed.
 */
package com.cataloggraph.codehosts.git;
