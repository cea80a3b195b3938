// Title search, filtered, counted and paged inside the database: only one page leaves it. The
// full-text query runs twice, once only counting its matches (no title or degree is read) and
// once ranking them, so no list of every match is built. RELEVANCE ranks the exact title first
// ("matrix" -> "Matrix, The"), then titles starting with the words, then the full-text score,
// then the most rated (a degree read, not a count of ratings).
CALL () {
  CALL db.index.fulltext.queryNodes('movie_titles', $search) YIELD node AS movie
  WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
    AND ($yearTo IS NULL OR movie.year <= $yearTo)
    AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
    AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
  RETURN count(movie) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('movie_titles', $search) YIELD node AS movie, score
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
