// The catalogue A to Z with no filter, the commonest browse: the total comes from the label
// count and the page from the title index in order, so neither reads every movie.
CALL () {
  MATCH (movie:Movie)
  RETURN count(movie) AS total
}
CALL () {
  MATCH (movie:Movie)
  WHERE movie.title IS NOT NULL
  WITH movie
  ORDER BY movie.title, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
