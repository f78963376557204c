package com.cataloggraph.app.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a figure was measured on, as the figure's reader needs it: cores, memory, JDK, the
 * heap limit, and how busy the machine was (other builds skew every figure).
 *
 * @param cores       processors the JVM may use
 * @param memoryBytes physical memory
 * @param cpu         the processor's model name, when the OS says
 * @param jdk         vendor and runtime version
 * @param maxHeapBytes the heap limit ({@code -Xmx})
 * @param load        the load average (1, 5, 15 minutes) when the measurement started
 */
record Machine(int cores, long memoryBytes, String cpu, String jdk, String os, long maxHeapBytes, String load) {

    static Machine current() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(), cpuModel(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Runtime.getRuntime().maxMemory(), loadAverage());
    }

    /** The load average now: "1-minute 5-minute 15-minute". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", average);
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores%s, %.1f GiB RAM, %s, %s, max heap %s, load average %s", cores,
                cpu.isEmpty() ? "" : " (" + cpu + ")", memoryBytes / (double) (1L << 30), jdk, os,
                Units.mebibytes(maxHeapBytes), load);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
