UNWIND $ids AS id
MATCH (:Person {id: id})-[:ACTED_IN]->(movie:Movie)
WITH id, movie
ORDER BY movie.year, movie.title
RETURN id, collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS movies
