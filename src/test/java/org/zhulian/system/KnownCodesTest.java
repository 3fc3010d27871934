package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.KnownCodes;

class KnownCodesTest {

    @Test
    void concurrentFirstCallersAllWaitForTheFirstLoad() {
        var loads = new AtomicInteger();
        var codes = new KnownCodes("code", () -> {
            loads.incrementAndGet();
            sleep(200);
            return Set.of("330203000000");
        });

        var callers = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.runAsync(() -> codes.require(List.of("330203000000"), "regionCode")))
                .toList();

        assertThat(CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new))).succeedsWithin(java.time.Duration.ofSeconds(5));
        assertThat(loads).hasValue(1);
    }

    @Test
    void aStreamOfUnknownCodesReloadsAtMostOnceASecond() {
        var loads = new AtomicInteger();
        var codes = new KnownCodes("label code(s)", () -> {
            loads.incrementAndGet();
            return Set.of("DIBAO");
        });

        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> codes.require(List.of("DIBAO", "NOPE"), "labelsAll"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("NOPE").hasMessageNotContaining("DIBAO,");
        }
        assertThat(loads).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
