UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:ACTED_IN]->(movie:Movie)
  WITH movie
  ORDER BY movie.year, movie.title
  LIMIT $limit
  RETURN collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS movies
}
RETURN id, movies
