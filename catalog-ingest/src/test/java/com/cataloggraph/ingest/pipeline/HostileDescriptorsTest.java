package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.ExpectedProblem;
import com.cataloggraph.fixtures.MalformedCatalog;
import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.FetchedRepository;
import com.cataloggraph.ingest.source.FetchedTree;
import com.cataloggraph.ingest.testing.BoundedRun;
import com.cataloggraph.ingest.testing.DescriptorMutator;
import com.cataloggraph.ingest.testing.SeedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on the read, parse and validate path of one descriptor: it must always come back
 * as a result (entities and problems), never as an exception, and never hang. Property-based:
 * each try takes a real descriptor from the sample catalog or the malformed set and mutates its
 * bytes, lines, structure, types, depth and size (see {@link DescriptorMutator}); every try is
 * reproducible from the seed and its number.
 *
 * <p>The default run is a few hundred tries; more on demand, e.g.
 * {@code ./mvnw -pl catalog-ingest -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=HostileDescriptorsTest -Dcatalog.fuzz.tries=20000 -Dcatalog.fuzz.seed=$RANDOM}; one failing try
 * again with {@code -Dcatalog.fuzz.try=N}. Inputs that failed are saved under
 * {@code target/fuzz-failures/}.
 */
@Tag("security")
class HostileDescriptorsTest {

    private static final int TRIES = Integer.getInteger("catalog.fuzz.tries", 400);
    private static final long SEED = Long.getLong("catalog.fuzz.seed", 20261122L);
    private static final Integer ONLY_TRY = Integer.getInteger("catalog.fuzz.try");
    /** Generous: a try takes milliseconds; this only catches a hang on a loaded machine. */
    private static final Duration PER_TRY = Duration.ofSeconds(Long.getLong("catalog.fuzz.timeout-seconds", 30));

    /** Rules a single file cannot show: they need the other files of a run or a complete folder. */
    private static final Set<String> RUN_LEVEL = Set.of("duplicate-ref", "location-cycle", "location-outside-root",
            "location-target-missing", "placeholder-file-missing", "placeholder-remote");

    private final FileProcessor processor = new FileProcessor(IngestProperties.defaults());
    private final BoundedRun bounded = new BoundedRun(PER_TRY);

    @Test
    void mutatedDescriptorsAlwaysComeBackAsResultsWithinTheTimeBound() throws IOException {
        List<SeedFile> seeds = new ArrayList<>(SeedFile.collect(SampleCatalog.root()));
        seeds.addAll(SeedFile.collect(MalformedCatalog.root()));
        DescriptorMutator mutator = new DescriptorMutator();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Set<String> rules = new TreeSet<>();

        for (int attempt = 0; attempt < TRIES && failures.size() < 5; attempt++) {
            int number = ONLY_TRY != null ? ONLY_TRY : attempt;
            // Random's first values for neighbouring seeds are alike; SplittableRandom mixes the seed first.
            Random random = new Random(new SplittableRandom(SEED + number).nextLong());
            SeedFile seed = seeds.get(random.nextInt(seeds.size()));
            String target = random.nextInt(5) == 0 ? seed.anyFile(random) : seed.path();
            Map<String, byte[]> files = new HashMap<>(seed.files());
            files.put(target, mutator.mutate(random, files.get(target)));
            DescriptorFile file = DescriptorFile.found(seed.tree(files), seed.path());

            BoundedRun.Result<FileOutcome> result = check(file);
            if (result.failure() != null) {
                Path saved = save(number, target, files.get(target));
                failures.add("try " + number + " (seed " + SEED + ") on " + seed.repository() + "/" + seed.path()
                        + ", mutated " + target + " saved as " + saved + ": " + result.failure());
            } else {
                outcomes.merge(result.value().getClass().getSimpleName(), 1, Integer::sum);
                result.value().problems().forEach(problem -> rules.add(problem.rule().toString()));
            }
            if (ONLY_TRY != null) {
                break;
            }
        }

        assertThat(failures).as("tries that threw, hung or broke an invariant").isEmpty();
        System.out.println("hostile descriptors: " + outcomes + ", rules reported: " + rules);
        if (ONLY_TRY == null && TRIES >= 200) {
            // The tries reached every stage: some files still parse, many rules are hit.
            assertThat(outcomes).containsKeys("Parsed", "Failed");
            assertThat(rules).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void everyMalformedFixtureComesBackWithItsErrorOnItsLine() throws IOException {
        List<SeedFile> fixtures = SeedFile.collect(MalformedCatalog.root());
        Map<String, DescriptorFile> byPath = new HashMap<>();
        for (SeedFile fixture : fixtures) {
            DescriptorFile file = DescriptorFile.found(fixture.tree(fixture.files()), fixture.path());
            assertThat(check(file).failure()).as(fixture.repository() + "/" + fixture.path()).isNull();
            byPath.put(fixture.repository() + "/" + fixture.path(), file);
        }
        byPath.put(MalformedCatalog.OVERSIZED_FILE, oversized());

        List<ExpectedProblem> expected = MalformedCatalog.expectedProblems().stream()
                .filter(problem -> !RUN_LEVEL.contains(problem.rule())).toList();
        assertThat(expected).hasSizeGreaterThan(20);
        List<String> mismatches = new ArrayList<>();
        for (ExpectedProblem problem : expected) {
            FileOutcome outcome = processor.process(byPath.get(problem.file()), null);
            // The ingester names the field holding a placeholder (spec.definition, its line) where expected.tsv
            // names the placeholder's own $text key, one line below: either is where to look.
            boolean anyLine = problem.line() == null || problem.rule().startsWith("placeholder-");
            boolean found = outcome.problems().stream().anyMatch(p -> p.isError()
                    && (anyLine || problem.line().equals(p.line())));
            if (!found) {
                mismatches.add(problem + " -> " + outcome.problems());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** The file's result when processing it returns a well-formed one, twice alike, in time; else what went wrong. */
    private BoundedRun.Result<FileOutcome> check(DescriptorFile file) {
        BoundedRun.Result<FileOutcome> first = bounded.run(() -> processor.process(file, null));
        if (first.failure() != null) {
            return first;
        }
        String broken = OutcomeInvariants.violation(first.value(), file);
        if (broken != null) {
            return new BoundedRun.Result<>(null, broken);
        }
        BoundedRun.Result<FileOutcome> second = bounded.run(() -> processor.process(file, null));
        if (second.failure() != null) {
            return new BoundedRun.Result<>(null, "the second run: " + second.failure());
        }
        return first.value().equals(second.value()) ? first : new BoundedRun.Result<>(null,
                "two runs over the same bytes disagree: " + first.value().problems() + " / "
                        + second.value().problems());
    }

    /** A descriptor just above the default size limit, as the malformed set's generated one is. */
    private static DescriptorFile oversized() {
        byte[] big = new byte[(int) IngestProperties.defaults().maxFileSize().toBytes() + 1];
        java.util.Arrays.fill(big, (byte) '#');
        FetchedTree tree = new FetchedTree(new FetchedRepository("malformed/oversized",
                "https://git.example.com/malformed/oversized", "main", Map.of("catalog-info.yaml", big)));
        return DescriptorFile.found(tree, "catalog-info.yaml");
    }

    private static Path save(int number, String target, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(dir.resolve("try-" + number + "-" + target.replace('/', '_')), bytes).toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Invariants every result must keep, whatever the input. */
    static final class OutcomeInvariants {

        private OutcomeInvariants() {
        }

        static String violation(FileOutcome outcome, DescriptorFile file) {
            if (outcome == null) {
                return "no result";
            }
            for (IngestProblem problem : outcome.problems()) {
                if (!file.path().equals(problem.file()) || problem.message().isBlank()
                        || problem.line() != null && problem.line() < 1
                        || problem.document() != null && problem.document() < 1) {
                    return "a problem without its file, a message or a sensible position: " + problem;
                }
            }
            return switch (outcome) {
                case FileOutcome.Failed failed -> failed.problems().stream().anyMatch(IngestProblem::isError) ? null
                        : "a failed file without an error";
                case FileOutcome.Parsed parsed -> parsedViolation(parsed);
                case FileOutcome.Unchanged unchanged -> "unchanged, though nothing was stored before";
            };
        }

        private static String parsedViolation(FileOutcome.Parsed parsed) {
            Set<String> refs = new TreeSet<>();
            parsed.entities().forEach(emitted -> refs.add(emitted.entity().key()));
            for (var emitted : parsed.entities()) {
                String key = emitted.entity().key();
                if (!com.cataloggraph.model.ref.EntityRef.parse(key).canonical().equals(key)) {
                    return "an entity whose ref does not read back: " + key;
                }
            }
            for (var relation : parsed.relations()) {
                if (!refs.contains(relation.declaredBy().canonical())) {
                    return "a relation declared by an entity the file did not produce: " + relation;
                }
            }
            return null;
        }
    }
}
