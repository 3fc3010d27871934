package org.zhulian.system;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the database to the current schema, then lets each {@link DataInitializer} fill it, before
 * the web server accepts its first request.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton {

    private final Migrations migrations;
    private final List<DataInitializer> initializers;

    DatabaseInitializer(Migrations migrations, List<DataInitializer> initializers) {
        this.migrations = migrations;
        this.initializers = initializers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migrations.apply();
        initializers.forEach(DataInitializer::initialize);
    }
}
