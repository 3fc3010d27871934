package org.zhulian.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the region tree. */
@Repository
@Transactional(readOnly = true)
public class RegionRepository {

    private final Neo4jClient neo4j;

    RegionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Optional<Region> find(String code) {
        return findAll(List.of(code)).stream().findFirst();
    }

    /** The regions with these codes, in no particular order; unknown codes are left out. */
    public List<Region> findAll(Collection<String> codes) {
        return neo4j.query("MATCH (r:Region) WHERE r.code IN $codes RETURN " + Region.PROJECTION + " AS region")
                .bind(codes).to("codes")
                .fetchAs(Region.class).mappedBy((types, record) -> Region.of(record.get("region")))
                .all().stream().toList();
    }

    List<String> codesAt(RegionLevel level) {
        return neo4j.query("MATCH (r:Region) WHERE r.level = $level RETURN r.code AS code ORDER BY code")
                .bind(level.name()).to("level")
                .fetchAs(String.class).all().stream().toList();
    }

    /** Every region above the grids that has a centre. */
    List<Region> allWithCentre() {
        return neo4j.query("MATCH (r:Region) WHERE r.centre IS NOT NULL AND r.level <> 'GRID' RETURN " + Region.PROJECTION + " AS region")
                .fetchAs(Region.class).mappedBy((types, record) -> Region.of(record.get("region")))
                .all().stream().toList();
    }

    Set<String> allCodes() {
        return Set.copyOf(neo4j.query("MATCH (r:Region) RETURN r.code AS code").fetchAs(String.class).all());
    }

    /** Top-level regions, or the children of the given parents, ordered by code. */
    List<Region> children(Collection<String> parentCodes) {
        return neo4j.query("""
                        MATCH (r:Region) WHERE r.parentCode IN $parents
                        RETURN %s AS region ORDER BY r.code""".formatted(Region.PROJECTION))
                .bind(parentCodes).to("parents")
                .fetchAs(Region.class).mappedBy((types, record) -> Region.of(record.get("region")))
                .all().stream().toList();
    }

    List<Region> roots() {
        return neo4j.query("MATCH (r:Region) WHERE r.parentCode IS NULL RETURN %s AS region ORDER BY r.code"
                        .formatted(Region.PROJECTION))
                .fetchAs(Region.class).mappedBy((types, record) -> Region.of(record.get("region")))
                .all().stream().toList();
    }
}
