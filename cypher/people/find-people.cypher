// Browsing and name search, counted and paged inside the database: only one page leaves it.
CALL () {
  CALL () {
    WITH $search AS search
    WHERE search IS NOT NULL
    CALL db.index.fulltext.queryNodes('person_names', search) YIELD node
    RETURN count(node) AS total
    UNION
    WITH $search AS search
    WHERE search IS NULL
    MATCH (person:Person)
    RETURN count(person) AS total
  }
  RETURN sum(total) AS total
}
CALL () {
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
  SKIP $offset
  LIMIT $limit
  RETURN collect(person {.id, .name}) AS page
}
RETURN total, page
