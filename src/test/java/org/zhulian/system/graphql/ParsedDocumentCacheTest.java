package org.zhulian.system.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    @Test
    void aValidDocumentIsParsedOnce() {
        var cache = new ParsedDocumentCache(1_000);

        fetch(cache, "{ departments { code } }", true);
        fetch(cache, "{ departments { code } }", true);

        assertThat(parses).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void invalidLargeAndRefusedDocumentsAreNotKept() {
        var cache = new ParsedDocumentCache(1_000_000);
        String large = "{ departments { code " + " ".repeat(ParsedDocumentCache.MAX_DOCUMENT_CHARS) + "} }";

        fetch(cache, "{ nope }", false);
        fetch(cache, large, true);
        fetch(cache, "{ regions { code } }", true);
        cache.forget("{ regions { code } }");

        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheHoldsAtMostItsBudgetOfCharacters() {
        var cache = new ParsedDocumentCache(100);
        for (int i = 0; i < 50; i++) {
            fetch(cache, "{ a" + i + ": departments { code } }", true);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100 / "{ a10: departments { code } }".length());
        fetch(cache, "{ a49: departments { code } }", true);
        assertThat(parses).hasValue(50);
    }

    private void fetch(ParsedDocumentCache cache, String query, boolean valid) {
        cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
            parses.incrementAndGet();
            return valid ? new PreparsedDocumentEntry(Parser.parse(query))
                    : new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("invalid").build()));
        }).join();
    }
}
