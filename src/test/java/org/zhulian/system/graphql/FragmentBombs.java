package org.zhulian.system.graphql;

import java.util.Random;

/** Documents whose fragments multiply: the shapes an attacker sends to make the limits themselves expensive. */
public final class FragmentBombs {

    private FragmentBombs() {
    }

    /** {@code levels} fragments on Query, each spreading the next {@code fanOut} times: fanOut^levels fields once expanded. */
    public static String spreads(int levels, int fanOut) {
        StringBuilder document = new StringBuilder("query { ...F0 }\n");
        for (int level = 0; level < levels - 1; level++) {
            document.append("fragment F").append(level).append(" on Query {");
            for (int i = 0; i < fanOut; i++) {
                document.append(" ...F").append(level + 1);
            }
            document.append(" }\n");
        }
        return document.append("fragment F").append(levels - 1).append(" on Query { departments { code } }\n").toString();
    }

    /** The same with inline fragments and directives between the spreads, nested inside fields. */
    public static String nested(int levels, int fanOut) {
        StringBuilder document = new StringBuilder("query($yes: Boolean = true) { regions { ...R0 } }\n");
        for (int level = 0; level < levels - 1; level++) {
            document.append("fragment R").append(level).append(" on Region {");
            for (int i = 0; i < fanOut; i++) {
                document.append(i % 2 == 0 ? " ... @include(if: $yes) { ...R" + (level + 1) + " }" : " ...R" + (level + 1) + " @skip(if: false)");
            }
            document.append(" }\n");
        }
        return document.append("fragment R").append(levels - 1).append(" on Region { code name }\n").toString();
    }

    /**
     * A random document over regions: fragments spread only later fragments (so no cycles), mixed
     * with fields, inline fragments and directives.
     */
    public static String random(Random random) {
        int fragments = 1 + random.nextInt(5);
        StringBuilder document = new StringBuilder("query { regions { ").append(body(random, 0, fragments)).append(" } }\n");
        for (int f = 0; f < fragments; f++) {
            document.append("fragment R").append(f).append(" on Region { ").append(body(random, f + 1, fragments)).append(" }\n");
        }
        return document.toString();
    }

    private static String body(Random random, int firstFragment, int fragments) {
        StringBuilder body = new StringBuilder("code");
        int selections = 1 + random.nextInt(4);
        for (int s = 0; s < selections; s++) {
            int kind = random.nextInt(5);
            if (kind == 0 && firstFragment < fragments) {
                body.append(" ...R").append(firstFragment + random.nextInt(fragments - firstFragment));
            } else if (kind == 1) {
                body.append(" ... @include(if: true) { name ").append(firstFragment < fragments ? "...R" + (fragments - 1) : "").append(" }");
            } else if (kind == 2 && firstFragment < fragments) {
                body.append(" children { ...R").append(firstFragment + random.nextInt(fragments - firstFragment)).append(" }");
            } else if (kind == 3) {
                body.append(" a").append(s).append(": name @skip(if: false)");
            } else {
                body.append(" parent { code }");
            }
        }
        return body.toString();
    }
}
