package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The backends of a balancer, which of them are live, and the selector over the live ones. While
 * configuring, the selector is built fresh by the factory; at run time removals and re-additions go
 * through {@link BackendSelector#withBackends}, so selectors with memory (resilient buckets) keep it.
 */
final class BackendPool {
    private final LinkedHashMap<String, Backend> backends = new LinkedHashMap<>();
    private final List<String> live = new ArrayList<>();
    private Function<List<String>, BackendSelector> factory = ModN::of;
    private BackendSelector selector = ModN.of(List.of());

    void add(Backend backend) {
        if (backends.containsKey(backend.name())) {
            throw new IllegalArgumentException("duplicate backend " + backend.name());
        }
        backends.put(backend.name(), backend);
        live.add(backend.name());
        rebuild();
    }

    void setFactory(Function<List<String>, BackendSelector> newFactory) {
        factory = Objects.requireNonNull(newFactory, "factory");
        rebuild();
    }

    /** Takes {@code name} out of the live set; false if it was not live. */
    boolean remove(String name) {
        if (!live.remove(name)) {
            return false;
        }
        selector = selector.withBackends(List.copyOf(live));
        return true;
    }

    /** Puts {@code name} back, at its configured position; false if unknown or already live. */
    boolean restore(String name) {
        if (!backends.containsKey(name) || live.contains(name)) {
            return false;
        }
        List<String> ordered = new ArrayList<>();
        for (String b : backends.keySet()) {
            if (b.equals(name) || live.contains(b)) {
                ordered.add(b);
            }
        }
        live.clear();
        live.addAll(ordered);
        selector = selector.withBackends(List.copyOf(live));
        return true;
    }

    BackendSelector selector() {
        return selector;
    }

    Backend get(String name) {
        Backend b = backends.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no backend " + name);
        }
        return b;
    }

    boolean isLive(String name) {
        return live.contains(name);
    }

    List<String> live() {
        return List.copyOf(live);
    }

    List<String> names() {
        return List.copyOf(backends.keySet());
    }

    List<Backend> all() {
        return List.copyOf(backends.values());
    }

    /** The backend owning {@code address}, or {@code null}. */
    Backend ownerOf(IpAddress address) {
        for (Backend b : backends.values()) {
            if (b.owns(address)) {
                return b;
            }
        }
        return null;
    }

    private void rebuild() {
        selector = Objects.requireNonNull(factory.apply(List.copyOf(live)), "selector factory returned null");
    }
}
