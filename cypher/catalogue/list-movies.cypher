// The catalogue A to Z with no filter, the commonest browse: the total comes from the label
// count and the page from the (title, id) index in its own order, so nothing is sorted and
// only the index entries before the page are stepped over.
CALL () {
  MATCH (movie:Movie)
  RETURN count(movie) AS total
}
CALL () {
  MATCH (movie:Movie)
  WHERE movie.title IS NOT NULL AND movie.id IS NOT NULL
  WITH movie
  ORDER BY movie.title, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
