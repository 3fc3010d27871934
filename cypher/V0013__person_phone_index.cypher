// A person looked up by the mobile number a citizen gives at the counter (personsByNumber); the ID
// number has its uniqueness constraint's index already (V0001).
CREATE INDEX person_phone IF NOT EXISTS FOR (p:Person) ON (p.phone);
