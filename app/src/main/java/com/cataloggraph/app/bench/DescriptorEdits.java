package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "1% of the files changed" of the benchmark: the same files every time (evenly spread over the
 * descriptors in path order), each with its first {@code description} changed, so their entities
 * must be written again. The original bytes are kept and put back by {@link #restore()}, so a
 * reused fixture is left as it was.
 */
final class DescriptorEdits implements AutoCloseable {

    /** A {@code description:} line with a quoted or plain value (block scalars are left alone). */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "^(\\s*description:[ \\t]+)(\"|'|(?=[^|>\\s\"'#\\[{&*!%@`]))", Pattern.MULTILINE);
    static final String MARK = "Edited by the benchmark. ";

    private final Map<Path, byte[]> originals = new LinkedHashMap<>();

    private DescriptorEdits() {
    }

    /**
     * Edits {@code share} of {@code files} (at least one): every n-th file in path order that has a
     * description to change.
     */
    static DescriptorEdits apply(List<Path> files, double share) {
        List<Path> sorted = files.stream().sorted().toList();
        int wanted = Math.max(1, (int) Math.round(sorted.size() * share));
        int step = Math.max(1, sorted.size() / wanted);
        DescriptorEdits edits = new DescriptorEdits();
        try {
            for (int start = 0; start < step && edits.originals.size() < wanted; start++) {
                for (int i = start; i < sorted.size() && edits.originals.size() < wanted; i += step) {
                    edits.edit(sorted.get(i));
                }
            }
        } catch (RuntimeException e) {
            edits.restore();
            throw e;
        }
        return edits;
    }

    List<Path> files() {
        return new ArrayList<>(originals.keySet());
    }

    /** Puts every edited file back as it was. */
    void restore() {
        originals.forEach((file, bytes) -> {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("could not restore " + file + " after the benchmark edited it", e);
            }
        });
        originals.clear();
    }

    @Override
    public void close() {
        restore();
    }

    private void edit(Path file) {
        if (originals.containsKey(file)) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher matcher = DESCRIPTION.matcher(text);
            if (!matcher.find()) {
                return;
            }
            String edited = text.substring(0, matcher.end()) + MARK + text.substring(matcher.end());
            originals.put(file, bytes);
            Files.writeString(file, edited);
        } catch (IOException e) {
            throw new UncheckedIOException("could not edit " + file + " for the 1% change", e);
        }
    }
}
