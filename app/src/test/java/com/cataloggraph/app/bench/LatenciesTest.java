package com.cataloggraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheMergedWorkers() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        for (long i = 1; i <= 100; i++) {
            (i % 2 == 0 ? first : second).add(i * 1_000);
        }
        Latencies all = new Latencies();
        all.addAll(first);
        all.addAll(second);

        long[] sorted = all.sorted();

        assertThat(sorted).hasSize(100).startsWith(1_000, 2_000).endsWith(100_000);
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50_000);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99_000);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100_000);
    }

    @Test
    void aSingleCallIsEveryPercentileAndNoCallsAreZero() {
        Latencies one = new Latencies();
        one.add(7);

        assertThat(Latencies.percentile(one.sorted(), 50)).isEqualTo(7);
        assertThat(Latencies.percentile(one.sorted(), 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new Latencies().sorted(), 99)).isZero();
    }

    @Test
    void growsBeyondItsFirstArray() {
        Latencies many = new Latencies();
        for (int i = 5_000; i > 0; i--) {
            many.add(i);
        }

        assertThat(many.size()).isEqualTo(5_000);
        assertThat(Latencies.percentile(many.sorted(), 90)).isEqualTo(4_500);
    }
}
