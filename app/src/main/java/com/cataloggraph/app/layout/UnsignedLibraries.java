package com.cataloggraph.app.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signatures from the signed libraries of the unpacked layout (the launcher runs this
 * once, right after unpacking). A signed jar on the class path costs every start: each
 * {@code ServiceLoader} lookup reads its provider file through a new {@code JarFile}, which checks
 * the signature against the whole manifest again (Eclipse Collections, signed, looks up a factory
 * in nearly every class initialiser: ~1 s of the embedded database's start), and the JVM's startup
 * cache leaves a signed jar's classes out. The classes came from Maven Central with their
 * checksums; nothing here relies on who signed them. A jar that provides a security provider
 * ({@code java.security.Provider}) keeps its signature, as some JDKs require one.
 *
 * <p>Writes nothing for an unsigned jar; a signed one is rewritten to a temporary file and moved
 * over the original, with the same entries except the signature files and a manifest without
 * the digests.
 */
public final class UnsignedLibraries {

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);
    private static final String SECURITY_PROVIDER = "META-INF/services/java.security.Provider";
    private static final String DIGEST_SUFFIX = "-digest";

    private UnsignedLibraries() {
    }

    /** {@code UnsignedLibraries <folder>}: every {@code *.jar} in the folder; prints what it changed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: UnsignedLibraries <folder of jars>");
            System.exit(2);
        }
        for (Path jar : unsign(Path.of(args[0]))) {
            System.out.println("unsigned " + jar.getFileName());
        }
    }

    /** Unsigns every signed jar in the folder (not in subfolders); returns the jars it rewrote. */
    public static List<Path> unsign(Path folder) throws IOException {
        List<Path> rewritten = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                if (unsignOne(jar)) {
                    rewritten.add(jar);
                }
            }
        }
        return rewritten;
    }

    /** Rewrites one jar without its signature; false when it is not signed or must stay signed. */
    static boolean unsignOne(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsigning");
        try {
            if (!writeUnsigned(jar, tmp)) {
                return false;
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the jar's unsigned copy to {@code copy}; false (nothing written) when it is to stay as it is. */
    private static boolean writeUnsigned(Path jar, Path copy) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(UnsignedLibraries::isSignatureFile) || zip.getEntry(SECURITY_PROVIDER) != null) {
                return false;
            }
            try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
                for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                    ZipEntry entry = it.next();
                    if (isSignatureFile(entry)) {
                        continue;
                    }
                    ZipEntry kept = new ZipEntry(entry.getName());
                    kept.setTime(entry.getTime());
                    out.putNextEntry(kept);
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                            withoutDigests(new Manifest(in)).write(out);
                        } else {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return true;
        }
    }

    private static boolean isSignatureFile(ZipEntry entry) {
        return SIGNATURE_FILE.matcher(entry.getName()).matches();
    }

    /** The manifest's main attributes as they were; per-entry sections without their digests (dropped when empty). */
    private static Manifest withoutDigests(Manifest manifest) {
        Map<String, Attributes> entries = manifest.getEntries();
        entries.values().forEach(attributes -> attributes.keySet().removeIf(
                name -> name.toString().toLowerCase(Locale.ROOT).endsWith(DIGEST_SUFFIX)));
        entries.values().removeIf(Attributes::isEmpty);
        return manifest;
    }
}
