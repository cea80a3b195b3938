// The catalogue most rated first with no filter: the total comes from the label count and the
// page from the ratingCount index in descending order (ties by title and id), so only the index
// entries before the page are stepped over instead of every movie's ratings being counted.
CALL () {
  MATCH (movie:Movie)
  RETURN count(movie) AS total
}
CALL () {
  MATCH (movie:Movie)
  WHERE movie.ratingCount IS NOT NULL
  WITH movie
  ORDER BY movie.ratingCount DESC, movie.title, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
