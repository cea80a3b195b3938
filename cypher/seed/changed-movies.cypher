// Which rows of a movies batch (parallel lists) are new or differ from the graph, so re-seeding a
// loaded catalogue (e.g. to add ratings) only reads each movie instead of rewriting it. Genres
// are only ever added by upsert-movies, so a movie with every listed genre is unchanged.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (movie:Movie {id: $ids[i]})
WITH i, movie, [(movie)-[:IN_GENRE]->(genre) | genre.name] AS genres
WHERE movie IS NULL
   OR NOT coalesce(movie.title = $titles[i], false)
   OR NOT coalesce(movie.year = $years[i], movie.year IS NULL AND $years[i] IS NULL)
   OR NOT coalesce(movie.imdbId = $imdbIds[i], movie.imdbId IS NULL AND $imdbIds[i] IS NULL)
   OR NOT coalesce(movie.tmdbId = $tmdbIds[i], movie.tmdbId IS NULL AND $tmdbIds[i] IS NULL)
   OR NOT all(name IN $genres[i] WHERE name IN genres)
RETURN i
