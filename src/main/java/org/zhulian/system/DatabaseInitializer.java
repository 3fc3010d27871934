package org.zhulian.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the database to the current schema, then lets each {@link DataInitializer} fill it, before
 * the web server accepts its first request.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

    private final Migrations migrations;
    private final List<DataInitializer> initializers;

    DatabaseInitializer(Migrations migrations, List<DataInitializer> initializers) {
        this.migrations = migrations;
        this.initializers = initializers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int applied = migrations.apply();
        log.info("Schema up to date in {} ms ({} migrations applied now)", (System.nanoTime() - started) / 1_000_000, applied);
        initializers.forEach(DataInitializer::initialize);
    }
}
