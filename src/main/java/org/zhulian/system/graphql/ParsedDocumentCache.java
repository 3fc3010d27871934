package org.zhulian.system.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * Keeps parsed and validated documents by their text. Partner apps send the same few documents
 * with different variables, and parsing plus validating one costs more than the Cypher behind a
 * household lookup. Only documents worth keeping stay: valid ones, of at most
 * {@link #MAX_DOCUMENT_CHARS}, that were not refused by the limits ({@link #forget}); and the cache
 * is bounded by the characters it holds, least recently used first out, so a stream of distinct
 * large documents cannot fill the heap.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

    static final int MAX_DOCUMENT_CHARS = 16 * 1024;

    private final long maxChars;
    private final LinkedHashMap<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    ParsedDocumentCache(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry = get(query);
        if (entry == null) {
            entry = parseAndValidateInLinearTime(input, parseAndValidate);
            if (!entry.hasErrors() && query.length() <= MAX_DOCUMENT_CHARS) {
                put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /**
     * graphql-java's parsing and validation, with {@link FragmentCycles} in place of its quadratic
     * cycle rule. A document that does not parse goes straight to graphql-java, which reports it.
     */
    private static PreparsedDocumentEntry parseAndValidateInLinearTime(ExecutionInput input,
                                                                       Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        try {
            GraphQLError cycle = FragmentCycles.in(Parser.parse(input.getQuery()));
            if (cycle != null) {
                return new PreparsedDocumentEntry(List.of(cycle));
            }
        } catch (InvalidSyntaxException unparsable) {
            // reported by graphql-java below
        }
        input.getGraphQLContext().put(ParseAndValidate.INTERNAL_VALIDATION_PREDICATE_HINT, FragmentCycles.INSTEAD);
        return parseAndValidate.apply(input);
    }

    /** Drops a document that turned out not to be worth keeping: one the limits refused. */
    synchronized void forget(String query) {
        if (documents.remove(query) != null) {
            chars -= query.length();
        }
    }

    synchronized int size() {
        return documents.size();
    }

    private synchronized PreparsedDocumentEntry get(String query) {
        return documents.get(query);
    }

    private synchronized void put(String query, PreparsedDocumentEntry entry) {
        if (documents.put(query, entry) == null) {
            chars += query.length();
        }
        var eldest = documents.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            Map.Entry<String, PreparsedDocumentEntry> oldest = eldest.next();
            chars -= oldest.getKey().length();
            eldest.remove();
        }
    }
}
