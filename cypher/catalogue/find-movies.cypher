// Browsing and title search, counted and paged inside the database: only one page leaves it.
// The two subqueries select the same movies; the first counts them, the second sorts and pages.
// RELEVANCE ranks the exact title first ("matrix" -> "Matrix, The"), then titles starting with
// the words, then the full-text score, then the most rated.
CALL () {
  CALL () {
    WITH $search AS search
    WHERE search IS NOT NULL
    CALL db.index.fulltext.queryNodes('movie_titles', search) YIELD node
    RETURN node AS movie
    UNION
    WITH $search AS search
    WHERE search IS NULL
    MATCH (movie:Movie)
    RETURN movie
  }
  WITH movie
  WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
    AND ($yearTo IS NULL OR movie.year <= $yearTo)
    AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
    AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
  RETURN count(movie) AS total
}
CALL () {
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
       CASE WHEN $orderBy IN ['POPULARITY', 'RELEVANCE'] THEN COUNT { (movie)<-[:RATED]-() } END AS ratingCount,
       CASE
         WHEN $orderBy <> 'RELEVANCE' THEN null
         WHEN toLower(movie.title) IN $exactTitles THEN 0
         WHEN toLower(movie.title) STARTS WITH $titlePrefix THEN 1
         ELSE 2
       END AS titleRank
  ORDER BY
    titleRank ASC,
    CASE WHEN $orderBy = 'RELEVANCE' THEN score END DESC,
    ratingCount DESC,
    CASE WHEN $orderBy = 'YEAR' THEN movie.year END ASC,
    CASE WHEN $orderBy = 'NEWEST' THEN movie.year END DESC,
    movie.title, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
