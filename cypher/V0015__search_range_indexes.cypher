// The search box's first two tiers (search): a whole name that equals the text, and names that
// start with it, seek a range index at any length; the text indexes of V0011 cannot seek a text
// shorter than their trigrams, so one or two characters would read them whole.
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX household_address IF NOT EXISTS FOR (h:Household) ON (h.address);
CREATE INDEX need_description IF NOT EXISTS FOR (n:Need) ON (n.description);
CREATE INDEX provider_name IF NOT EXISTS FOR (p:Provider) ON (p.name);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
