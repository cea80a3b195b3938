// One batch of ratings as parallel lists $movieIds, $ratings and $ratedAt (Unix seconds), grouped
// by rater: $raters[u] gave the ratings from index $firsts[u] up to $firsts[u + 1], at most one
// per movie; the raters exist (upsert-rating-users). Each rater's ratings of the batch's movies
// are found in one pass over that rater's ratings: checking each pair apart walked the rater's
// ratings once per rating (about a hundred relationship reads each on the 25M graph). A rating
// that is new is CREATEd (no MERGE lock and re-check); one that exists is rewritten only when it
// changed, so re-running the same file writes nothing. Each movie's ratingCount and ratingSum then
// move by what this batch added or changed, once per movie.
UNWIND range(0, size($raters) - 1) AS u
MATCH (user:User {id: $raters[u]})
CALL (user, u) {
  UNWIND range($firsts[u], $firsts[u + 1] - 1) AS i
  MATCH (movie:Movie {id: $movieIds[i]})
  RETURN collect(movie) AS movies, collect(i) AS indexes
}
WITH user, movies, indexes,
     [(user)-[rating:RATED]->(rated) WHERE rated IN movies | rating] AS ratingsOfTheseMovies
UNWIND range(0, size(movies) - 1) AS k
WITH user, movies[k] AS movie, indexes[k] AS i, ratingsOfTheseMovies
WITH user, movie, i, [rating IN ratingsOfTheseMovies WHERE endNode(rating) = movie][0] AS existing
WITH user, movie, existing, existing.rating AS previous, $ratings[i] AS rating, datetime({epochSeconds: toInteger($ratedAt[i])}) AS ratedAt
CALL (user, movie, existing, rating, ratedAt) {
  WITH * WHERE existing IS NULL
  CREATE (user)-[:RATED {rating: rating, ratedAt: ratedAt}]->(movie)
}
CALL (existing, rating, ratedAt) {
  WITH * WHERE existing.rating <> rating OR existing.ratedAt <> ratedAt
  SET existing.rating = rating, existing.ratedAt = ratedAt
}
WITH movie, count(*) - count(previous) AS added, sum(rating - coalesce(previous, 0.0)) AS change
WHERE added > 0 OR change <> 0
SET movie.ratingCount = coalesce(movie.ratingCount, 0) + added,
    movie.ratingSum = coalesce(movie.ratingSum, 0.0) + change
