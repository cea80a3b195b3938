// The user's ratings leave the movies' ratingCount and ratingSum before the user goes.
MATCH (user:User {id: $id})
CALL (user) {
  MATCH (user)-[rated:RATED]->(movie:Movie)
  SET movie.ratingCount = movie.ratingCount - 1,
      movie.ratingSum = movie.ratingSum - rated.rating
}
DETACH DELETE user
RETURN count(*) AS deleted
