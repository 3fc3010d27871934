// Micro-wishes (微心愿), the claims charities make on them, and donors' profiles.
CREATE CONSTRAINT wish_id IF NOT EXISTS FOR (w:Wish) REQUIRE w.id IS UNIQUE;
// A need has at most one live wish (DRAFT, PUBLISHED or CLAIMED): a live wish carries the label
// :LiveWish while it lives, and the database refuses a second one for the same need.
CREATE CONSTRAINT live_wish_per_need IF NOT EXISTS FOR (w:LiveWish) REQUIRE w.needId IS UNIQUE;
CREATE INDEX wish_grid IF NOT EXISTS FOR (w:Wish) ON (w.gridCode);
CREATE INDEX wish_status_category IF NOT EXISTS FOR (w:Wish) ON (w.status, w.category);
CREATE POINT INDEX wish_community_centre IF NOT EXISTS FOR (w:Wish) ON (w.communityCentre);
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// Exactly one active claim per wish, decided by the database: an active claim carries :ActiveClaim
// until it is released, lapses, is fulfilled or cancelled.
CREATE CONSTRAINT active_claim_per_wish IF NOT EXISTS FOR (c:ActiveClaim) REQUIRE c.wishId IS UNIQUE;
CREATE INDEX active_claim_expiry IF NOT EXISTS FOR (c:ActiveClaim) ON (c.expiresAt);
CREATE CONSTRAINT donor_id IF NOT EXISTS FOR (d:Donor) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT donor_account IF NOT EXISTS FOR (d:Donor) REQUIRE d.account IS UNIQUE;
