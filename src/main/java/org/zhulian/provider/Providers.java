package org.zhulian.provider;

import java.util.Collection;
import java.util.Map;

import org.zhulian.system.graphql.Batches;

/** What other features ask of the provider directory: providers and services by id. */
@org.springframework.stereotype.Service
public class Providers {

    private final ProviderRepository repository;

    Providers(ProviderRepository repository) {
        this.repository = repository;
    }

    /** The providers with these ids, keyed by id; unknown ids are left out. */
    public Map<String, Provider> byId(Collection<String> ids) {
        return Batches.index(repository.findAll(ids), Provider::id);
    }

    /** The services with these ids, keyed by id; unknown ids are left out. */
    public Map<String, Service> services(Collection<String> ids) {
        return Batches.index(repository.services(ids), Service::id);
    }
}
