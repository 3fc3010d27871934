package org.zhulian.household;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The parts of a household's archive that a request selects; the others are not read. A list of
 * needs that shows each need's household by its id reads twenty ids, not twenty archives with their
 * members, labels and region paths.
 */
record ArchiveParts(boolean members, boolean labels, boolean needs, boolean regions) {

    static final ArchiveParts ALL = new ArchiveParts(true, true, true, true);

    /** The parts the fields selected on a household need ({@code monthlyIncome} sums the members). */
    static ArchiveParts of(DataFetchingFieldSelectionSet household) {
        return of(household, "");
    }

    /** The parts that the households at {@code path} of a selection need, a page's {@code edges/node/} say. */
    static ArchiveParts of(DataFetchingFieldSelectionSet selection, String path) {
        return new ArchiveParts(selection.contains(path + "members") || selection.contains(path + "monthlyIncome"),
                selection.contains(path + "labels"), selection.contains(path + "needs"),
                selection.contains(path + "grid") || selection.contains(path + "community") || selection.contains(path + "regionPath"));
    }
}
