// The search box's third tier for one or two Chinese characters (search): full-text indexes whose
// terms are single characters (the standard analyzer makes each Han character a word of its own),
// so "宏" seeks the names that hold it, with the region code beside it so that the jurisdiction is
// part of the query and a tier reads no more than its 1,000. The text indexes of V0011 cannot seek
// a text shorter than their trigrams, and the CJK indexes of V0004 index pairs of characters.
CREATE FULLTEXT INDEX person_name_chars IF NOT EXISTS FOR (x:Person) ON EACH [x.name, x.gridCode]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX household_address_chars IF NOT EXISTS FOR (x:Household) ON EACH [x.address, x.gridCode]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX need_description_chars IF NOT EXISTS FOR (x:Need) ON EACH [x.description, x.gridCode]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX provider_name_chars IF NOT EXISTS FOR (x:Provider) ON EACH [x.name, x.regionCode]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX region_name_chars IF NOT EXISTS FOR (x:Region) ON EACH [x.name, x.code]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
