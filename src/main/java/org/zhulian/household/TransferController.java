package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.Keyset;

/** The {@code Transfer} type, the {@code transfers} list and the three steps of a transfer. */
@Controller
class TransferController {

    private static final int MAX_NOTE = 200;

    private final Transfers transfers;
    private final Changes changes;
    private final HouseholdRepository households;
    private final Clock clock;
    private final HouseholdLoader loader;

    TransferController(Transfers transfers, Changes changes, HouseholdRepository households, HouseholdLoader loader, Clock clock) {
        this.transfers = transfers;
        this.changes = changes;
        this.households = households;
        this.loader = loader;
        this.clock = clock;
    }

    record RequestTransferInput(String idNumber, String householdId, MemberRole role, String reason) {
    }

    record DecideTransferInput(String id, String note) {
    }

    record TransferPayload(Transfer transfer) {
    }

    @QueryMapping
    Connection<Connection.Edge<Transfer>> transfers(@Argument List<Transfer.Status> status, @Argument Integer first,
                                                    @Argument String after, @ContextValue Caller caller) {
        Keyset.Slice slice = Transfers.ORDER.slice(first, after);
        List<String> statuses = Filters.names(status);
        return Connection.of(transfers.page(caller.jurisdiction(), statuses, slice), slice,
                () -> transfers.count(caller.jurisdiction(), statuses), Connection.Edge::new);
    }

    @MutationMapping
    TransferPayload requestTransfer(@Argument RequestTransferInput input, @ContextValue Caller caller) {
        String idNumber = IdentityNumber.parse(input.idNumber(), "input.idNumber", LocalDate.now(clock)).value();
        String reason = Validation.text(input.reason(), "input.reason", Validation.MAX_TEXT);
        String id = changes.apply(caller, "requestTransfer", List.of(input.householdId()),
                change -> transfers.request(change, idNumber, input.householdId(), input.role(), reason));
        return new TransferPayload(transfers.find(id, caller.jurisdiction()));
    }

    @MutationMapping
    TransferPayload acceptTransfer(@Argument DecideTransferInput input, @ContextValue Caller caller) {
        return decide(caller, "acceptTransfer", input, transfers::accept);
    }

    @MutationMapping
    TransferPayload rejectTransfer(@Argument DecideTransferInput input, @ContextValue Caller caller) {
        return decide(caller, "rejectTransfer", input, transfers::reject);
    }

    /** A decision on a transfer, and the transfer after it. */
    private TransferPayload decide(Caller caller, String action, DecideTransferInput input, Decision decision) {
        String note = input.note() == null ? null : Validation.text(input.note(), "input.note", MAX_NOTE);
        changes.apply(caller, action, List.of(input.id()), change -> {
            decision.apply(change, input.id(), note);
            return input.id();
        });
        return new TransferPayload(transfers.find(input.id(), caller.jurisdiction()));
    }

    private interface Decision {
        void apply(Changes.Change change, String transferId, String note);
    }

    @BatchMapping(typeName = "Transfer", field = "person")
    Map<Transfer, Person> person(List<Transfer> batch, @ContextValue Caller caller) {
        return Batches.match(batch, Transfer::personId,
                Batches.index(households.persons(Batches.keys(batch, Transfer::personId), caller.jurisdiction()), Person::id));
    }

    @SchemaMapping(typeName = "Transfer", field = "household")
    CompletableFuture<Household> household(Transfer transfer, DataFetchingEnvironment field) {
        return loader.household(transfer.householdId(), field);
    }
}
