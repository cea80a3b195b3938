MATCH (movie:Movie)
WHERE movie.id IN $ids
RETURN movie {.id, .title, .year, .imdbId, .tmdbId} AS movie
