// The search box in pinyin (search): each name's full pinyin and initials for every reading, and for
// longer texts the keys from inside them (PinyinKeys), kept in lower case without spaces, so the
// whitespace analyzer leaves every key one term and "wangh*" is a prefix query on terms.
CREATE FULLTEXT INDEX person_pinyin IF NOT EXISTS FOR (p:Person) ON EACH [p.pinyinFull, p.pinyinInitials, p.pinyinParts]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX need_pinyin IF NOT EXISTS FOR (n:Need) ON EACH [n.pinyinFull, n.pinyinInitials, n.pinyinParts]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX provider_pinyin IF NOT EXISTS FOR (p:Provider) ON EACH [p.pinyinFull, p.pinyinInitials, p.pinyinParts]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX region_pinyin IF NOT EXISTS FOR (r:Region) ON EACH [r.pinyinFull, r.pinyinInitials, r.pinyinParts]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
