UNWIND $movies AS row
MERGE (movie:Movie {id: row.id})
SET movie.title = row.title,
    movie.year = row.year,
    movie.imdbId = row.imdbId,
    movie.tmdbId = row.tmdbId
WITH movie, row
UNWIND row.genres AS genreName
MATCH (genre:Genre {name: genreName})
MERGE (movie)-[:IN_GENRE]->(genre)
