package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SelectorProperties {

    @Provide
    Arbitrary<List<String>> groups() {
        return Arbitraries.integers().between(0, 30).map(i -> "b" + i).set().ofMinSize(1).ofMaxSize(12)
                .map(set -> new ArrayList<>(new TreeSet<>(set)));
    }

    @Provide
    Arbitrary<Integer> primes() {
        return Arbitraries.of(2, 3, 7, 13, 31, 97, 251, 1009);
    }

    private static List<BackendSelector> everyMethod(List<String> group, int prime) {
        return List.of(ModN.of(group), Maglev.of(prime, group), HashThreshold.of(group),
                ResilientBuckets.of(prime, group));
    }

    @Property(tries = 300)
    void selectionIsALiveBackendAndItsSlotOwner(@ForAll("groups") List<String> group, @ForAll("primes") int prime,
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long hash) {
        for (BackendSelector selector : everyMethod(group, prime)) {
            Selection selection = selector.select(hash);

            assertThat(group).contains(selection.backend());
            if (selector instanceof Maglev maglev) {
                assertThat(maglev.backends().get(maglev.table()[selection.slot()])).isEqualTo(selection.backend());
            } else if (selector instanceof ResilientBuckets buckets) {
                assertThat(buckets.owners().get(selection.slot())).isEqualTo(selection.backend());
            } else {
                assertThat(selector.backends().get(selection.slot())).isEqualTo(selection.backend());
            }
        }
    }

    @Property(tries = 200)
    void sameInputsGiveTheSameChoice(@ForAll("groups") List<String> group, @ForAll("primes") int prime,
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long hash) {
        List<BackendSelector> first = everyMethod(group, prime);
        List<BackendSelector> second = everyMethod(new ArrayList<>(group), prime);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).select(hash)).isEqualTo(first.get(i).select(hash));
        }
    }

    @Property(tries = 200)
    void maglevGivesEveryBackendFloorOrCeilingOfMOverN(@ForAll("groups") List<String> group,
            @ForAll("primes") int prime) {
        Maglev maglev = Maglev.of(prime, group);
        int n = group.size();
        for (String backend : group) {
            assertThat(maglev.slotsOf(backend)).isBetween(prime / n, (prime + n - 1) / n);
        }
    }

    /** After any sequence of group changes, shares stay within one bucket and only necessary buckets move. */
    @Property(tries = 200)
    void resilientBucketsStayBalancedAndMoveOnlyWhatTheyMust(
            @ForAll @IntRange(min = 1, max = 300) int bucketCount,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 7) Integer> toggles) {
        TreeSet<String> live = new TreeSet<>(List.of("h0", "h1", "h2"));
        ResilientBuckets group = ResilientBuckets.of(bucketCount, new ArrayList<>(live));
        for (int toggle : toggles) {
            String hop = "h" + toggle;
            boolean adding = live.add(hop);
            if (!adding) {
                live.remove(hop);
            }
            ResilientBuckets next = group.withBackends(new ArrayList<>(live));
            for (int b = 0; b < bucketCount; b++) {
                String was = group.owners().get(b);
                String now = next.owners().get(b);
                if (was != null && now != null && !was.equals(now)) {
                    // a bucket changes owner only to the hop just added or away from the hop just removed
                    assertThat(adding ? now : was).isEqualTo(hop);
                }
            }
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (String h : live) {
                min = Math.min(min, next.bucketsOf(h));
                max = Math.max(max, next.bucketsOf(h));
            }
            if (!live.isEmpty()) {
                assertThat(max - min).isLessThanOrEqualTo(1);
            }
            group = next;
        }
    }
}
