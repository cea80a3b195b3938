// Browsing with filters, counted and paged inside the database: only one page leaves it.
// The two subqueries select the same movies; the first counts them, the second sorts and pages.
CALL () {
  MATCH (movie:Movie)
  WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
    AND ($yearTo IS NULL OR movie.year <= $yearTo)
    AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
    AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
  RETURN count(movie) AS total
}
CALL () {
  MATCH (movie:Movie)
  WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
    AND ($yearTo IS NULL OR movie.year <= $yearTo)
    AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
    AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
  WITH movie, CASE WHEN $orderBy = 'POPULARITY' THEN movie.ratingCount END AS ratingCount
  ORDER BY
    ratingCount DESC,
    CASE WHEN $orderBy = 'YEAR' THEN movie.year END ASC,
    CASE WHEN $orderBy = 'NEWEST' THEN movie.year END DESC,
    movie.title, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
