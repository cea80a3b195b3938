// Browsing and name search in one statement: the full-text branch runs only when $search is set.
CALL () {
  WITH $search AS search
  WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('person_names', search) YIELD node, score
  RETURN node AS person, score
  UNION
  WITH $search AS search
  WHERE search IS NULL
  MATCH (person:Person)
  RETURN person, 0.0 AS score
}
WITH person, score
ORDER BY score DESC, person.name, person.id
WITH collect(person {.id, .name}) AS people
RETURN size(people) AS total, people[$offset..$offset + $limit] AS page
