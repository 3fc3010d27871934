package org.zhulian.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls at the same moment, on as many threads as there are calls (up to 16), as racing clients would. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Every call's result, in the order of the calls, once all have finished. */
    public static <T> List<T> all(List<? extends Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Math.min(16, calls.size())));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : threads.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
