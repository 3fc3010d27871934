package org.zhulian.system.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** The linear cycle check finds a cycle exactly when a fragment can reach itself, whatever the shape. */
class FragmentCyclesTest {

    @Test
    void aCycleIsFoundExactlyWhenAFragmentReachesItself() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(8);
            List<List<Integer>> edges = new ArrayList<>();
            StringBuilder document = new StringBuilder("query { ...F0 }\n");
            for (int f = 0; f < n; f++) {
                List<Integer> out = new ArrayList<>();
                StringBuilder body = new StringBuilder("__typename");
                for (int s = random.nextInt(4); s > 0; s--) {
                    int target = random.nextInt(n);
                    out.add(target);
                    body.append(random.nextBoolean() ? " ...F" + target : " regions { ... on Region { ...F" + target + " } }");
                }
                edges.add(out);
                document.append("fragment F").append(f).append(" on Query { ").append(body).append(" }\n");
            }

            boolean found = FragmentCycles.in(Parser.parse(document.toString())) != null;

            assertThat(found).as(document.toString()).isEqualTo(hasCycle(edges));
        }
    }

    @Test
    void aLongChainHasNoCycle() {
        assertThat(FragmentCycles.in(Parser.parse(FragmentBombs.spreads(572, 10)))).isNull();
    }

    /** The reference: does any fragment reach itself? */
    private static boolean hasCycle(List<List<Integer>> edges) {
        for (int start = 0; start < edges.size(); start++) {
            Set<Integer> seen = new HashSet<>();
            List<Integer> frontier = new ArrayList<>(edges.get(start));
            while (!frontier.isEmpty()) {
                int next = frontier.removeLast();
                if (next == start) {
                    return true;
                }
                if (seen.add(next)) {
                    frontier.addAll(edges.get(next));
                }
            }
        }
        return false;
    }
}
