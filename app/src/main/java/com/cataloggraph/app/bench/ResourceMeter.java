package com.cataloggraph.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Memory of this process during one phase: the heap's peak (the sum of every heap pool's peak, reset
 * at the start of the phase) and the resident set size from {@code /proc/self/status}, whose
 * high-water mark is reset too where the kernel allows it ({@code /proc/self/clear_refs}).
 */
final class ResourceMeter {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private boolean rssPeakReset;

    /**
     * Starts a phase: collects garbage first so the peak is the phase's own, then resets the peaks.
     */
    void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        rssPeakReset = resetRssPeak();
    }

    /** What the phase used, read at its end. */
    PhaseMemory read() {
        long heap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new PhaseMemory(heap, statusKiB("VmHWM").map(kib -> kib * 1024).orElse(-1L),
                statusKiB("VmRSS").map(kib -> kib * 1024).orElse(-1L), rssPeakReset);
    }

    /** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+); elsewhere the peak is the process's. */
    private static boolean resetRssPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static Optional<Long> statusKiB(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * @param peakHeapBytes the sum of the heap pools' peaks during the phase (an upper bound: pools peak
     *                      at different moments)
     * @param peakRssBytes  the resident set's high-water mark; the phase's own when {@code rssPeakOfPhase}
     * @param rssBytes      the resident set at the end of the phase
     */
    record PhaseMemory(long peakHeapBytes, long peakRssBytes, long rssBytes, boolean rssPeakOfPhase) {
    }
}
