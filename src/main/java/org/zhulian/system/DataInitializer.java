package org.zhulian.system;

/** Fills the database after the migrations have run and before the first request, such as the demo loader. */
public interface DataInitializer {

    void initialize();
}
