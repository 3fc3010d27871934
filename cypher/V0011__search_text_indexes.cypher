// The search box (search): text indexes serve equality, STARTS WITH and CONTAINS on what is searched,
// so one character finds every name that holds it (the CJK bigram indexes of V0004 index pairs of
// characters, and so miss a single one).
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE TEXT INDEX household_address_text IF NOT EXISTS FOR (h:Household) ON (h.address);
CREATE TEXT INDEX need_description_text IF NOT EXISTS FOR (n:Need) ON (n.description);
CREATE TEXT INDEX provider_name_text IF NOT EXISTS FOR (p:Provider) ON (p.name);
CREATE TEXT INDEX region_name_text IF NOT EXISTS FOR (r:Region) ON (r.name);
