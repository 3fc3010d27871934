package org.zhulian.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhulian.system.graphql.KnownCodes;

/** What other features ask of the region tree: turn a region argument into a scope, look regions up. */
@Service
public class Regions {

    private final RegionRepository repository;
    private final KnownCodes known;
    private final Map<String, Region> cache = new ConcurrentHashMap<>();

    Regions(RegionRepository repository) {
        this.repository = repository;
        this.known = new KnownCodes("region code", repository::allCodes);
    }

    /**
     * The code prefix that selects everything below the region named by a filter argument; the
     * empty prefix (everything) when the argument is null. Unknown regions are a BAD_USER_INPUT.
     */
    public String prefixOf(String regionArgument, String field) {
        if (regionArgument == null) {
            return "";
        }
        RegionCode code = RegionCode.parse(regionArgument, field);
        known.require(List.of(code.code()), field);
        return code.prefix();
    }

    /**
     * The regions with these codes, keyed by code; unknown codes are left out. The tree does not
     * change while the service runs, so each region is read once and kept.
     */
    public Map<String, Region> byCode(Collection<String> codes) {
        List<String> missing = codes.stream().filter(code -> code != null && !cache.containsKey(code)).distinct().toList();
        if (!missing.isEmpty()) {
            repository.findAll(missing).forEach(region -> cache.put(region.code(), region));
        }
        Map<String, Region> found = new HashMap<>();
        codes.forEach(code -> {
            if (code != null && cache.containsKey(code)) {
                found.put(code, cache.get(code));
            }
        });
        return found;
    }

    /** The codes of all grids, in order. */
    public List<String> gridCodes() {
        return repository.codesAt(RegionLevel.GRID);
    }

    /** For each code, the path from the top-level region down to it. */
    public List<List<Region>> paths(List<String> codes) {
        Map<String, Region> known = repository.findAll(codes.stream()
                        .flatMap(code -> RegionPath.ancestorCodes(code).stream()).distinct().toList())
                .stream().collect(Collectors.toMap(Region::code, Function.identity()));
        return codes.stream().map(code -> RegionPath.resolve(code, known)).toList();
    }
}
