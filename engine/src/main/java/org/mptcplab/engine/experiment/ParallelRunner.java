package org.mptcplab.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs independent simulations on a fixed pool of threads. Each task builds and owns its own
 * {@link org.mptcplab.engine.sim.Simulator}, so every kernel stays single-threaded and each result
 * depends only on its task: results come back in task order, identical for any thread count.
 */
public final class ParallelRunner {
    private final int threads;

    /** A runner with {@code threads} worker threads (at least 1). */
    public ParallelRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread: " + threads);
        }
        this.threads = threads;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Runs every task and returns their results in task order.
     *
     * @param onDone called with the number of finished tasks after each one (from a worker thread;
     *               must be thread-safe), may be null
     */
    public <R> List<R> run(List<? extends Supplier<R>> tasks, IntConsumer onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks.size())), r -> {
            Thread t = new Thread(r, "mptcp-lab-run");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<R>> futures = new ArrayList<>(tasks.size());
            for (Supplier<R> task : tasks) {
                futures.add(pool.submit(() -> {
                    R r = task.get();
                    int n = done.incrementAndGet();
                    if (onDone != null) {
                        onDone.accept(n);
                    }
                    return r;
                }));
            }
            List<R> results = new ArrayList<>(tasks.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running simulations", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a simulation failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
