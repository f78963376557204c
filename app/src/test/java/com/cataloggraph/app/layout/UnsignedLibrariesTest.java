package com.cataloggraph.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars signed by the JDK's own {@code jarsigner}, then unsigned as the launcher does after unpacking. */
class UnsignedLibrariesTest {

    private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("META-INF/services/com.example.Factory", "com.example.impl.FactoryImpl\n");
        ENTRIES.put("com/example/impl/FactoryImpl.class", "not really a class, but bytes to keep");
        ENTRIES.put("com/example/data.txt", "ünïcode and more");
    }

    @TempDir
    static Path keys;

    @BeforeAll
    static void keyPair() throws Exception {
        run(tool("keytool"), "-genkeypair", "-keystore", keys.resolve("keys.p12").toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-alias", "signer", "-keyalg", "EC", "-dname", "CN=Test Signer",
                "-validity", "2");
    }

    @Test
    void aSignedJarLosesItsSignatureAndKeepsEverythingElse(@TempDir Path lib) throws Exception {
        Path jar = signed(lib.resolve("signed.jar"), ENTRIES);
        assertThat(signedEntries(jar)).isNotEmpty();

        assertThat(UnsignedLibraries.unsign(lib)).containsExactly(jar);

        assertThat(signedEntries(jar)).isEmpty();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            assertThat(file.stream().map(JarEntry::getName).filter(name -> name.startsWith("META-INF/")
                    && !name.equals("META-INF/") && !name.equals(JarFile.MANIFEST_NAME)
                    && !name.startsWith("META-INF/services/"))).isEmpty();
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Implementation-Title")).isEqualTo("example");
            assertThat(manifest.getEntries()).isEmpty();
            for (Map.Entry<String, String> entry : ENTRIES.entrySet()) {
                try (var in = file.getInputStream(file.getEntry(entry.getKey()))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(entry.getValue());
                }
            }
        }
        assertThat(UnsignedLibraries.unsign(lib)).as("a second pass finds nothing to do").isEmpty();
        assertThat(lib).isDirectoryNotContaining("glob:**.unsigning");
    }

    @Test
    void unsignedJarsAndSecurityProvidersAreLeftAsTheyAre(@TempDir Path lib) throws Exception {
        Path plain = lib.resolve("plain.jar");
        write(plain, ENTRIES);
        Files.setLastModifiedTime(plain, FileTime.fromMillis(1_000_000_000_000L));
        byte[] plainBytes = Files.readAllBytes(plain);
        Map<String, String> provider = new LinkedHashMap<>(ENTRIES);
        provider.put("META-INF/services/java.security.Provider", "com.example.impl.Provider\n");
        Path providerJar = signed(lib.resolve("provider.jar"), provider);
        byte[] providerBytes = Files.readAllBytes(providerJar);

        assertThat(UnsignedLibraries.unsign(lib)).isEmpty();

        assertThat(Files.readAllBytes(plain)).isEqualTo(plainBytes);
        assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(1_000_000_000_000L);
        assertThat(Files.readAllBytes(providerJar)).isEqualTo(providerBytes);
        assertThat(signedEntries(providerJar)).isNotEmpty();
    }

    private static Path signed(Path jar, Map<String, String> entries) throws Exception {
        write(jar, entries);
        run(tool("jarsigner"), "-keystore", keys.resolve("keys.p12").toString(), "-storepass", "changeit",
                jar.toString(), "signer");
        return jar;
    }

    private static void write(Path jar, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Implementation-Title", "example");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** The entries whose contents the JDK verified against a signer. */
    private static List<String> signedEntries(Path jar) throws IOException {
        List<String> signed = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                try (var in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.getCodeSigners() != null) {
                    signed.add(entry.getName());
                }
            }
        }
        return signed;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
