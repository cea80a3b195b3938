UNWIND $movies AS row
MERGE (movie:Movie {id: row.id})
// JavaScript numbers arrive as floats; years and ids are stored as integers.
SET movie.title = row.title,
    movie.year = toInteger(row.year),
    movie.imdbId = toInteger(row.imdbId),
    movie.tmdbId = toInteger(row.tmdbId)
WITH movie, row
UNWIND row.genres AS genreName
MATCH (genre:Genre {name: genreName})
MERGE (movie)-[:IN_GENRE]->(genre)
