// The explorer's saved views (explorer): each its owner's, found by id and listed by owner.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:SavedView) ON (v.owner);
