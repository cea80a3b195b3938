// Browsing with filters, counted and paged inside the database: only one page leaves it. The
// movies are selected once; the total is the size of that list, and only the page is projected.
// With genres the movies are reached from the genres (a genre's few thousand movies, not every
// movie tested for a genre); popularity is the movie's ratingCount, kept by every rating write.
CALL () {
  UNWIND coalesce($genres, []) AS name
  MATCH (:Genre {name: name})<-[:IN_GENRE]-(movie:Movie)
  RETURN DISTINCT movie
  UNION
  WITH 1 AS one WHERE $genres IS NULL
  MATCH (movie:Movie)
  RETURN movie
}
WITH movie
WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
  AND ($yearTo IS NULL OR movie.year <= $yearTo)
  AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
WITH collect(movie) AS movies
CALL (movies) {
  UNWIND movies AS movie
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
RETURN size(movies) AS total, page
