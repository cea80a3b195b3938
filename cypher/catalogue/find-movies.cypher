// One statement for browsing and title search: the full-text branch runs only when $search is set.
CALL () {
  WITH $search AS search
  WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('movie_titles', search) YIELD node, score
  RETURN node AS movie, score
  UNION
  WITH $search AS search
  WHERE search IS NULL
  MATCH (movie:Movie)
  RETURN movie, 0.0 AS score
}
WITH movie, score
WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
  AND ($yearTo IS NULL OR movie.year <= $yearTo)
  AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
  AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
WITH movie, score,
     CASE WHEN $orderBy = 'POPULARITY' THEN COUNT { (movie)<-[:RATED]-() } END AS ratingCount
ORDER BY
  CASE WHEN $orderBy = 'RELEVANCE' THEN score END DESC,
  CASE WHEN $orderBy = 'POPULARITY' THEN ratingCount END DESC,
  CASE WHEN $orderBy = 'YEAR' THEN movie.year END ASC,
  CASE WHEN $orderBy = 'NEWEST' THEN movie.year END DESC,
  movie.title, movie.id
WITH collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS movies
RETURN size(movies) AS total, movies[$offset..$offset + $limit] AS page
