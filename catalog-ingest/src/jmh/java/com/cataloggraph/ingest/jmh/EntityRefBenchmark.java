package com.cataloggraph.ingest.jmh;

import com.cataloggraph.model.ref.EntityRef;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Entity refs, parsed and made canonical: every relation field of every entity goes through this,
 * and every write keys on the canonical form.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EntityRefBenchmark {

    private final String[] full = {"component:default/payments-service", "Group:Platform/Team-A",
        "resource:default/ledger-db", "api:payments/payments-api"};
    private final String[] partial = {"payments-service", "team-a", "payments/ledger-db", "group:platform"};
    private int next;

    @Benchmark
    public String parseFullRefAndCanonical() {
        return EntityRef.parse(full[next++ & 3]).canonical();
    }

    @Benchmark
    public EntityRef parsePartialRefWithDefaults() {
        return EntityRef.parse(partial[next++ & 3], "Group", "default");
    }
}
