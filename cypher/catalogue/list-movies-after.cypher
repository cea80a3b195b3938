// The next page of the catalogue A to Z after the movie $afterId (keyset paging): the (title,
// id) index is entered at that movie's title, so a page deep in the catalogue costs what the
// first one does. Movies with the same title and a greater id, and movies with a greater
// title, are each read a page at most, then merged. The total comes from the label count.
CALL () {
  MATCH (movie:Movie)
  RETURN count(movie) AS total
}
CALL () {
  MATCH (after:Movie {id: $afterId})
  CALL (after) {
    MATCH (movie:Movie)
    WHERE movie.title = after.title AND movie.id > after.id
    WITH movie
    ORDER BY movie.id
    LIMIT $limit
    RETURN movie
  UNION
    MATCH (movie:Movie)
    WHERE movie.title > after.title AND movie.id IS NOT NULL
    WITH movie
    ORDER BY movie.title, movie.id
    LIMIT $limit
    RETURN movie
  }
  WITH movie
  ORDER BY movie.title, movie.id
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS page
}
RETURN total, page
