// One rating per index of the parallel lists $userIds, $movieIds, $ratings and $ratedAt (Unix
// seconds), at most one per user and movie; the users exist (upsert-rating-users). A rating that
// is new is CREATEd (no MERGE lock and re-check); one that exists is rewritten only when it
// changed, so re-running the same file writes nothing. The existence check expands from the side
// with fewer ratings, usually the user. Each movie's ratingCount and ratingSum then move by what
// this batch added or changed, once per movie.
UNWIND range(0, size($userIds) - 1) AS i
MATCH (user:User {id: $userIds[i]})
MATCH (movie:Movie {id: $movieIds[i]})
OPTIONAL MATCH (user)-[existing:RATED]->(movie)
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
