package org.mptcplab.engine.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the engine for a list of {@link CellSpec}s and pairs each with the ns-3 reference. Each run is
 * its own simulator, so runs are spread over a small thread pool; results are collected by cell and
 * seed, never in completion order, so the outcome does not depend on the thread count.
 */
final class FidelityTable {
    /** The four loss rates of issue 3. */
    static final List<Double> LOSSES = List.of(0.0001, 0.001, 0.01, 0.05);
    /** Default seeds in 10 MB mode (low-loss 10 MB goodput is bimodal: compare means over many runs). */
    static final int SEEDS_10MB = 40;
    /** Default seeds in 60 s mode. */
    static final int SEEDS_60S = 10;

    private FidelityTable() {}

    /** Every cell with the default seed counts, 10 MB rows first. */
    static List<CellSpec> fullGrid() {
        List<CellSpec> specs = new ArrayList<>();
        for (double loss : LOSSES) {
            specs.add(new CellSpec(TransferMode.TEN_MB, loss, SEEDS_10MB));
        }
        for (double loss : LOSSES) {
            specs.add(new CellSpec(TransferMode.SIXTY_S, loss, SEEDS_60S));
        }
        return specs;
    }

    /** Runs {@code specs} on {@code threads} threads and returns the cells in the order of {@code specs}. */
    static List<FidelityCell> measure(List<CellSpec> specs, Ns3Reference reference, int threads) {
        record Job(int cell, long seed, double cost) {}
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            CellSpec s = specs.get(i);
            for (long seed = 1; seed <= s.seeds(); seed++) {
                jobs.add(new Job(i, seed, expectedCost(s)));
            }
        }
        // Longest first keeps both threads busy until the end.
        List<Job> order = new ArrayList<>(jobs);
        order.sort(Comparator.comparingDouble(Job::cost).reversed());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Job j : order) {
                CellSpec s = specs.get(j.cell());
                futures.add(pool.submit(() -> BulkRun.run(s.mode(), s.loss(), j.seed())));
            }
            List<List<RunResult>> byCell = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                byCell.add(new ArrayList<>());
            }
            for (int k = 0; k < order.size(); k++) {
                byCell.get(order.get(k).cell()).add(futures.get(k).get());
            }
            List<FidelityCell> cells = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                CellSpec s = specs.get(i);
                List<RunResult> runs = new ArrayList<>(byCell.get(i));
                runs.sort(Comparator.comparingLong(RunResult::seed));
                cells.add(new FidelityCell(s, reference.summary(s.mode(), s.loss()), reference.runs(s.mode(), s.loss()),
                        List.copyOf(runs)));
            }
            return cells;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an engine run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rough relative cost of one run: simulated packets grow with goodput x duration. */
    private static double expectedCost(CellSpec s) {
        double packetsPerSecond = 1 / Math.sqrt(s.loss());
        return s.mode() == TransferMode.SIXTY_S ? 60 * packetsPerSecond : 1000;
    }
}
