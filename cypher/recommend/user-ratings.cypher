// A user's current ratings, read at request time so a new rating counts at once. Parallel lists
// travel several times faster than a list or map per rating for users with thousands of them;
// coalesce keeps the lists aligned (collect skips nulls), and movie.id is never null once matched.
// A movie the user marked "not interested" and did not rate counts as a rating of 1 (disliked):
// it is never recommended again, and films like it score lower.
OPTIONAL MATCH (user:User {id: $userId})
OPTIONAL CALL (user) {
  MATCH (user)-[rated:RATED]->(movie:Movie)
  RETURN movie, rated.rating AS rating, rated.ratedAt AS ratedAt
  UNION ALL
  MATCH (user)-[dismissed:NOT_INTERESTED]->(movie:Movie)
  WHERE NOT (user)-[:RATED]->(movie)
  RETURN movie, 1.0 AS rating, dismissed.at AS ratedAt
}
RETURN user IS NOT NULL AS found,
       collect(movie.id) AS movieIds,
       collect(coalesce(rating, 0)) AS ratings,
       collect(coalesce(ratedAt.epochSeconds, 0)) AS ratedAt
