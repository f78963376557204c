package com.cataloggraph.ingest.source;

import java.util.ArrayDeque;
import java.util.Deque;

/** Lexical work on tree paths ({@code /}-separated, relative to the tree's root). */
public final class TreePaths {

    private TreePaths() {
    }

    /**
     * Resolves a relative reference against a folder: {@code ("org/teams", "../people.yaml")} is
     * {@code org/people.yaml}. Null when the result would leave the tree.
     */
    public static String resolve(String folder, String reference) {
        Deque<String> parts = new ArrayDeque<>();
        if (!folder.isEmpty()) {
            for (String part : folder.split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : reference.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True when {@code path} is {@code folder} or inside it ({@code ""} contains everything). */
    public static boolean within(String path, String folder) {
        return folder.isEmpty() || path.equals(folder) || path.startsWith(folder + "/");
    }

    /** True when a path names files by wildcard ({@code *}, {@code ?}, {@code {a,b}}, {@code [ab]}) rather than one. */
    public static boolean hasWildcard(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('{') >= 0 || path.indexOf('[') >= 0;
    }

    /** True for a URL with a scheme and authority ({@code https://...}), which is never read from a tree. */
    public static boolean isUrl(String reference) {
        int scheme = reference.indexOf("://");
        return scheme > 0 && reference.substring(0, scheme).chars().allMatch(Character::isLetter);
    }

    /** The folder part of a path, {@code ""} at the root. */
    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
