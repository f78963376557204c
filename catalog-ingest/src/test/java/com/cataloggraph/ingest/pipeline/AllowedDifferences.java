package com.cataloggraph.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one list of known differences from Backstage ({@code backstage-differential/allowed-differences.yaml}),
 * each with its reason. An entry with a {@code match} excuses the differences the differential finds that fit
 * it; one without describes a difference no single document shows (it is documented all the same). The table in
 * docs/ingest.md is generated from this list.
 */
record AllowedDifferences(List<Entry> entries) {

    static final String RESOURCE = "/backstage-differential/allowed-differences.yaml";

    /**
     * @param id         a short stable name
     * @param difference what we do differently, one sentence for the docs table
     * @param reason     why
     * @param match      which differential findings it excuses; null when none can show it
     */
    record Entry(String id, String difference, String reason, Match match) {
    }

    /**
     * @param aspect    {@code file} (whole file accepted vs rejected), {@code parse} (the document read differently),
     *                  {@code verdict} (entity accepted vs rejected), {@code ref} or {@code relations}
     * @param ours      {@code accepted} or {@code rejected}: our side of a file or verdict difference; null for any
     * @param rule      a rule id among our problems for that document or file; null for any
     * @param backstage a regular expression found in one of Backstage's errors; null for any
     * @param files     a glob the file's id must match ({@code public-catalogs/**}); null for any
     */
    record Match(String aspect, String ours, String rule, Pattern backstage, PathMatcher files) {

        boolean matches(Difference difference) {
            return aspect.equals(difference.aspect())
                    && (ours == null || ours.equals(difference.oursVerdict()))
                    && (rule == null || difference.ourRules().contains(rule))
                    && (backstage == null || difference.backstageErrors().stream()
                            .anyMatch(error -> backstage.matcher(error).find()))
                    && (files == null || files.matches(Path.of(difference.file())));
        }
    }

    static AllowedDifferences load() throws IOException {
        try (InputStream in = AllowedDifferences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("test resource " + RESOURCE + " is missing");
            }
            return parse(in);
        }
    }

    @SuppressWarnings("unchecked")
    static AllowedDifferences parse(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) root.get("differences")) {
            Map<String, Object> match = (Map<String, Object>) item.get("match");
            entries.add(new Entry(required(item, "id"), required(item, "difference"), required(item, "reason"),
                    match == null ? null : new Match(required(match, "aspect"), (String) match.get("ours"),
                            (String) match.get("rule"), match.get("backstage") == null ? null
                            : Pattern.compile((String) match.get("backstage")), match.get("files") == null ? null
                            : FileSystems.getDefault().getPathMatcher("glob:" + match.get("files")))));
        }
        return new AllowedDifferences(List.copyOf(entries));
    }

    /** The entry that excuses a difference, or null. */
    Entry excuse(Difference difference) {
        return entries.stream().filter(entry -> entry.match() != null && entry.match().matches(difference))
                .findFirst().orElse(null);
    }

    private static String required(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(RESOURCE + ": every entry needs " + key + ", found " + map);
        }
        return text.strip();
    }
}
