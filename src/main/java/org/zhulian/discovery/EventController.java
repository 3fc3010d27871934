package org.zhulian.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.department.Department;
import org.zhulian.department.Departments;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.KeyedHash;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

/**
 * {@code ingestEvents} for partner apps that feed department data, and {@code unmatchedEvents} for
 * caseworkers: rows checked here, before the one transaction that stores them ({@link EventIngest}).
 * The batch is on record as one change, without the ids of what it touched: the events carry who
 * sent them and when.
 */
@Controller
class EventController {

    private final EventIngest ingest;
    private final Changes changes;
    private final Departments departments;
    private final Regions regions;
    private final KeyedHash hash;
    private final EventRepository events;
    private final Clock clock;

    EventController(EventIngest ingest, Changes changes, Departments departments, Regions regions, KeyedHash hash, EventRepository events,
                    Clock clock) {
        this.ingest = ingest;
        this.changes = changes;
        this.departments = departments;
        this.regions = regions;
        this.hash = hash;
        this.events = events;
        this.clock = clock;
    }

    @MutationMapping
    EventIngest.IngestResult ingestEvents(@Argument List<EventRows.DepartmentEventInput> events, @ContextValue Caller caller) {
        Set<String> known = regions.byCode(events.stream().map(EventRows.DepartmentEventInput::regionCode).filter(code -> code != null)
                .map(EventController::padded).distinct().toList()).keySet();
        EventRows.Checked checked = EventRows.check(events, departments.byCode().keySet(), known::contains, hash, LocalDate.now(clock));
        return changes.apply(caller, "ingestEvents", List.of(), change -> ingest.store(change, events.size(), checked));
    }

    /** A region argument as its 12-digit code, or as it is when it is no code (the row check says why). */
    private static String padded(String code) {
        try {
            return RegionCode.parse(code, "regionCode").code();
        } catch (RuntimeException notACode) {
            return code;
        }
    }

    @QueryMapping
    Connection<Connection.Edge<UnmatchedEvent>> unmatchedEvents(@Argument Integer first, @Argument String after, @ContextValue Caller caller) {
        Page page = Page.of(first, after);
        return Connection.of(events.unmatched(caller.jurisdiction(), page), page, () -> events.countUnmatched(caller.jurisdiction()),
                Connection.Edge::new);
    }

    @BatchMapping(typeName = "UnmatchedEvent")
    Map<UnmatchedEvent, Department> department(List<UnmatchedEvent> batch) {
        return Batches.match(batch, UnmatchedEvent::departmentCode, departments.byCode());
    }

    @BatchMapping(typeName = "UnmatchedEvent")
    Map<UnmatchedEvent, Region> region(List<UnmatchedEvent> batch) {
        return Batches.match(batch, UnmatchedEvent::regionCode, regions.byCode(Batches.keys(batch, UnmatchedEvent::regionCode)));
    }
}
