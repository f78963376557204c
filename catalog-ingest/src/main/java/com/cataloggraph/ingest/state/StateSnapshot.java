package com.cataloggraph.ingest.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A local copy of the stored {@code :SourceFile} states of some sources, as they were at one
 * {@link StateGeneration} of the graph: a run whose graph is still at that generation reads the copy instead of
 * tens of thousands of nodes (the graph stays the truth; the copy is only ever used while the generation it names
 * is the graph's). The file holds each state's stored properties, in the order of {@link SourceFileRows#FIELDS},
 * so a state read from it is the state the graph would give.
 *
 * <p>Never a reason for a run to fail: a file that is missing, from another format, cut short, damaged (its
 * CRC-32C checksum, the last eight bytes, does not match) or unreadable is not used (the states are read from the graph), and one that cannot be written is left out.
 */
final class StateSnapshot {

    private static final System.Logger LOG = System.getLogger(StateSnapshot.class.getName());
    private static final String MAGIC = "catalog-graph source-file states";
    private static final int FORMAT = 2;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FLAG = 3;
    private static final byte TEXTS = 4;
    /** A longer text means a damaged copy (a state that really holds one is read from the graph instead). */
    private static final int MAX_TEXT = 1 << 24;

    private final Path file;

    StateSnapshot(Path file) {
        this.file = file;
    }

    /** The states the copy holds, when it was taken of exactly these sources at this generation. */
    Optional<Map<String, SourceFileState>> read(StateGeneration generation, List<String> sources) {
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            if (!MAGIC.equals(text(in)) || in.readInt() != FORMAT || !generation.id().equals(text(in))
                    || in.readLong() != generation.number() || !sources.equals(texts(in))) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<Object[]> rows = new ArrayList<>(Math.min(count, 1 << 20));
            for (int i = 0; i < count; i++) {
                rows.add(values(in));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) {
                LOG.log(System.Logger.Level.INFO, "Not using the ingest state copy {0}: its checksum does not match", file);
                return Optional.empty();
            }
            Map<String, SourceFileState> states = new LinkedHashMap<>(count * 4 / 3 + 1);
            for (Object[] row : rows) {
                SourceFileState state = SourceFileRows.fromValues(row);
                states.put(state.location(), state);
            }
            return Optional.of(states);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Not using the ingest state copy {0}: {1}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Replaces the copy with these states of these sources at this generation (atomically: all or nothing). */
    void write(StateGeneration generation, List<String> sources, Collection<SourceFileState> states) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream raw = Files.newOutputStream(temporary)) {
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
                        new CRC32C());
                DataOutputStream out = new DataOutputStream(checked);
                text(out, MAGIC);
                out.writeInt(FORMAT);
                text(out, generation.id());
                out.writeLong(generation.number());
                texts(out, sources);
                out.writeInt(states.size());
                for (SourceFileState state : states) {
                    values(out, SourceFileRows.values(state));
                }
                out.writeLong(checked.getChecksum().getValue());
                out.flush();
            }
            move(temporary, file);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep the ingest state copy {0}: {1}", file, e.toString());
            discard();
            quietlyDelete(temporary);
        }
    }

    /** Removes the copy: the graph's states are about to change (or did, and the copy could not follow). */
    void discard() {
        quietlyDelete(file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void quietlyDelete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove {0}: {1}", path, e.toString());
        }
    }

    private static void values(DataOutputStream out, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            switch (value) {
                case null -> out.writeByte(NULL);
                case String text -> {
                    out.writeByte(TEXT);
                    text(out, text);
                }
                case Long number -> {
                    out.writeByte(NUMBER);
                    out.writeLong(number);
                }
                case Boolean flag -> {
                    out.writeByte(FLAG);
                    out.writeBoolean(flag);
                }
                case List<?> list -> {
                    out.writeByte(TEXTS);
                    texts(out, list);
                }
                default -> throw new IllegalArgumentException("field " + SourceFileRows.FIELDS.get(i) + " holds a "
                        + value.getClass().getSimpleName());
            }
        }
    }

    private static Object[] values(DataInputStream in) throws IOException {
        Object[] values = new Object[SourceFileRows.FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            byte tag = in.readByte();
            Object value = switch (tag) {
                case NULL -> null;
                case TEXT -> text(in);
                case NUMBER -> in.readLong();
                case FLAG -> in.readBoolean();
                case TEXTS -> texts(in);
                default -> throw new IOException("unknown value tag " + tag + " in field " + SourceFileRows.FIELDS.get(i));
            };
            values[i] = value;
        }
        return values;
    }

    private static void texts(DataOutputStream out, List<?> texts) throws IOException {
        out.writeInt(texts.size());
        for (Object text : texts) {
            text(out, (String) text);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("negative list size " + size);
        }
        List<String> texts = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
