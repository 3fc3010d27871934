// One lock node per household that changes: every change to a household, its members or their roles
// takes it first, so that changes to one household run one after the other. It never carries
// relationships, so taking it never meets the locks Neo4j takes on the household's relationships.
CREATE CONSTRAINT household_lock IF NOT EXISTS FOR (l:HouseholdLock) REQUIRE l.householdId IS UNIQUE;
