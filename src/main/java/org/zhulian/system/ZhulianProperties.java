package org.zhulian.system;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings, under the {@code zhulian} prefix; every one can be set from the
 * environment ({@code ZHULIAN_DATA_DIR}, {@code ZHULIAN_DEMO_HOUSEHOLDS}...).
 *
 * @param dataDir where the embedded Neo4j keeps its store; kept across restarts
 * @param neo4j   tuning of the embedded Neo4j (ignored when {@code NEO4J_URI} points elsewhere)
 * @param demo    what the demo loader puts into an empty database
 */
@ConfigurationProperties("zhulian")
public record ZhulianProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Demo demo) {

    /**
     * @param boltPort      Bolt port on 127.0.0.1; 0 picks a free one
     * @param pageCacheSize Neo4j page cache, e.g. {@code 512m}
     * @param password      Bolt password of user {@code neo4j}; blank for a random one at every start
     */
    public record Neo4j(@DefaultValue("0") int boltPort, @DefaultValue("512m") String pageCacheSize, String password) {
    }

    /**
     * @param enabled    demo mode: load demo data when the database holds no households and, on the
     *                   embedded database only, issue tokens for the demo users
     * @param households generated households (the story households come on top)
     * @param providers  extra generated providers beyond Haishu's real counts (benchmark sets)
     * @param seed       the random seed: the same seed gives the same data
     * @param districts  the districts households and extra providers are spread over, by their
     *                   number of communities: Haishu (which holds the stories) and any other of the
     *                   seed's districts with streets and communities
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("2000") int households,
                       @DefaultValue("0") int providers,
                       @DefaultValue("20230601") long seed,
                       @DefaultValue("330203") List<String> districts) {
    }
}
