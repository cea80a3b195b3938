// Movies written before ratingCount and ratingSum were kept (or by an older loader) get them
// from their ratings once; afterwards every write keeps them, and this finds nothing to do.
MATCH (movie:Movie)
WHERE movie.ratingCount IS NULL OR movie.ratingSum IS NULL
CALL (movie) {
  OPTIONAL MATCH (movie)<-[rated:RATED]-(:User)
  WITH movie, count(rated) AS ratingCount, sum(rated.rating) AS ratingSum
  SET movie.ratingCount = ratingCount, movie.ratingSum = toFloat(ratingSum)
} IN TRANSACTIONS OF 200 ROWS
