package org.zhulian.system;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running inside this JVM with its Bolt connector on 127.0.0.1 only, so the service
 * talks to it through the same driver it would use for a remote server or cluster. It exists so the
 * README's run command needs nothing installed; production points {@code NEO4J_URI} elsewhere.
 * Bolt requires a password, new at every start unless one is configured, so no other process on the
 * machine can read the registry through it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    static final String USER = "neo4j";

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, String password) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts the DBMS in {@code home}, creating it if needed, and waits until Bolt listens.
     *
     * @param password the Bolt password to set; a random one when blank
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String pageCacheSize, String password) {
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCacheSize))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise lingers ~5 s per thread group at shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .build();
        var port = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String boltPassword = password == null || password.isBlank() ? randomPassword() : password;
        // In-process transactions bypass authentication, which is how the password gets set at all.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", boltPassword));
        URI uri = URI.create("bolt://" + port.getHost() + ":" + port.getPort());
        log.info("Embedded Neo4j started in {} ms, Bolt at {}", (System.nanoTime() - started) / 1_000_000, uri);
        warmUpCypher(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        return new EmbeddedNeo4j(dbms, uri, boltPassword);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The first Cypher statement of a fresh JVM takes seconds while the query compiler loads and warms
     * up; doing that now, beside the rest of the start-up, takes it off the path to the first answer.
     */
    private static void warmUpCypher(GraphDatabaseService database) {
        Thread.ofVirtual().name("cypher-warm-up").start(() -> {
            try {
                database.executeTransactionally("MATCH (m:Migration) RETURN count(m)");
            } catch (RuntimeException e) {
                log.debug("Cypher warm-up failed; the first query will warm up instead", e);
            }
        });
    }

    public URI boltUri() {
        return boltUri;
    }

    /** Credentials for Bolt clients inside this process (the service's driver, tests). */
    public AuthToken authToken() {
        return AuthTokens.basic(USER, password);
    }

    /** The default database, for in-process tooling such as monitors; the service itself uses Bolt. */
    public GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
