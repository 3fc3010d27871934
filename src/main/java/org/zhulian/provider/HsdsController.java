package org.zhulian.provider;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Keyset;

/** {@code hsdsExport} and {@code importHsds}: the provider directory in and out as Open Referral HSDS 3.0. */
@Controller
class HsdsController {

    private final ProviderRepository providers;
    private final HsdsExporter exporter;
    private final HsdsImporter importer;
    private final Regions regions;

    HsdsController(ProviderRepository providers, HsdsExporter exporter, HsdsImporter importer, Regions regions) {
        this.providers = providers;
        this.exporter = exporter;
        this.importer = importer;
        this.regions = regions;
    }

    @QueryMapping
    HsdsTables.Export hsdsExport(@Argument String regionCode, @Argument Integer first, @Argument String after) {
        Keyset.Slice slice = ProviderRepository.ORDER.slice(first, after);
        var criteria = new ProviderCriteria(regions.prefixOf(regionCode, "regionCode"), null, null);
        var connection = Connection.of(providers.page(criteria, slice), slice, () -> providers.count(criteria), Connection.Edge::new);
        return exporter.export(connection.edges().stream().map(Connection.Edge::node).toList(), connection.pageInfo());
    }

    @MutationMapping
    HsdsTables.ImportResult importHsds(@Argument HsdsTables.ImportInput input, @ContextValue Caller caller) {
        return importer.importRows(caller, input);
    }
}
