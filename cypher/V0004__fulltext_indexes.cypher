// Chinese text search with Neo4j's built-in CJK bigram analyzer. One analyzer per index and property.
CREATE FULLTEXT INDEX person_name_cjk IF NOT EXISTS FOR (p:Person) ON EACH [p.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX household_address_cjk IF NOT EXISTS FOR (h:Household) ON EACH [h.address]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX provider_text_cjk IF NOT EXISTS FOR (p:Provider) ON EACH [p.name, p.address]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX region_name_cjk IF NOT EXISTS FOR (r:Region) ON EACH [r.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
