UNWIND $ids AS id
MATCH (:Person {id: id})-[:DIRECTED]->(movie:Movie)
WITH id, movie
ORDER BY movie.year, movie.title
RETURN id, collect(movie {.id, .title, .year, .imdbId, .tmdbId}) AS movies
