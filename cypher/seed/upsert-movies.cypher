// One movie per index of the parallel lists (lists of plain values cost far less to send and
// unpack than a list of maps). JavaScript numbers arrive as floats; years and ids are stored as
// integers. A new movie starts with no ratings: ratingCount and ratingSum are kept by every
// statement that adds, changes or removes a rating, so popularity and averages are one read.
UNWIND range(0, size($ids) - 1) AS i
MERGE (movie:Movie {id: $ids[i]})
  ON CREATE SET movie.ratingCount = 0, movie.ratingSum = 0.0
SET movie.title = $titles[i],
    movie.year = toInteger($years[i]),
    movie.imdbId = toInteger($imdbIds[i]),
    movie.tmdbId = toInteger($tmdbIds[i])
WITH movie, $genres[i] AS genreNames
UNWIND genreNames AS genreName
MATCH (genre:Genre {name: genreName})
MERGE (movie)-[:IN_GENRE]->(genre)
