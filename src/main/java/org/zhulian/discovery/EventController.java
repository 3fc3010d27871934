package org.zhulian.discovery;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.department.Department;
import org.zhulian.department.Departments;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Keyset;

/**
 * {@code ingestEvents} for partner apps that feed department data, and {@code unmatchedEvents} for
 * caseworkers. A feed's batch goes the way of every batch of department records ({@link EventIngest}).
 */
@Controller
class EventController {

    private final EventIngest ingest;
    private final Departments departments;
    private final Regions regions;
    private final EventRepository events;

    EventController(EventIngest ingest, Departments departments, Regions regions, EventRepository events) {
        this.ingest = ingest;
        this.departments = departments;
        this.regions = regions;
        this.events = events;
    }

    @MutationMapping
    EventIngest.IngestResult ingestEvents(@Argument List<EventRows.DepartmentEventInput> events, @ContextValue Caller caller) {
        return ingest.ingest(caller, "ingestEvents", events).result();
    }

    @QueryMapping
    Connection<Connection.Edge<UnmatchedEvent>> unmatchedEvents(@Argument Integer first, @Argument String after, @ContextValue Caller caller) {
        Keyset.Slice slice = EventRepository.ORDER.slice(first, after);
        return Connection.of(events.unmatched(caller.jurisdiction(), slice), slice, () -> events.countUnmatched(caller.jurisdiction()),
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
