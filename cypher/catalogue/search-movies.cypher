// Title search, filtered, counted and paged inside the database: only one page leaves it. The
// full-text query runs once; its matches are sorted as node references (no map is built for
// them) and counted, and only the page is projected. RELEVANCE ranks the exact title first
// ("matrix" -> "Matrix, The"), then titles starting with the words, then the full-text score,
// then the most rated (the movie's ratingCount, kept by every write of a rating).
CALL db.index.fulltext.queryNodes('movie_titles', $search) YIELD node AS movie, score
WHERE ($yearFrom IS NULL OR movie.year >= $yearFrom)
  AND ($yearTo IS NULL OR movie.year <= $yearTo)
  AND ($genres IS NULL OR EXISTS { (movie)-[:IN_GENRE]->(genre:Genre) WHERE genre.name IN $genres })
  AND ($personId IS NULL OR EXISTS { (movie)<-[:DIRECTED|ACTED_IN]-(:Person {id: $personId}) })
WITH movie, score,
     CASE WHEN $orderBy IN ['POPULARITY', 'RELEVANCE'] THEN movie.ratingCount END AS ratingCount,
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
WITH collect(movie) AS movies
RETURN size(movies) AS total,
       [movie IN movies[$offset..$offset + $limit] | movie {.id, .title, .year, .imdbId, .tmdbId}] AS page
