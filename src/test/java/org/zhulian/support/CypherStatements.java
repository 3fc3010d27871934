package org.zhulian.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;
import org.zhulian.system.EmbeddedNeo4j;

/**
 * Records every Cypher statement the embedded database executes, as seen by the database itself,
 * so tests can prove how many round trips a GraphQL request costs.
 */
public class CypherStatements implements QueryExecutionMonitor {

    private final List<String> executed = new CopyOnWriteArrayList<>();

    CypherStatements(EmbeddedNeo4j neo4j) {
        ((GraphDatabaseAPI) neo4j.database()).getDependencyResolver()
                .resolveDependency(Monitors.class)
                .addMonitorListener(this);
    }

    /** Forgets what was recorded so far. */
    public void reset() {
        executed.clear();
    }

    /**
     * The statements executed since the last reset, in order, except the audit log's appends: those
     * are batched off the request path, so when they run says nothing about what a request costs.
     */
    public List<String> executed() {
        return executed.stream().filter(statement -> !statement.contains(":AuditEvent")).toList();
    }

    @Override
    public void startProcessing(ExecutingQuery query) {
    }

    @Override
    public void startExecution(ExecutingQuery query) {
        executed.add(query.rawQueryText());
    }

    @Override
    public void endFailure(ExecutingQuery query, Throwable failure) {
    }

    @Override
    public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gqlStatus) {
    }

    @Override
    public void endSuccess(ExecutingQuery query) {
    }
}
