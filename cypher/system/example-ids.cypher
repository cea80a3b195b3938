// Ids from the loaded graph for the playground's example variables, so every example runs on
// whichever catalogue is loaded: the most-rated movie that has a director, that director, and
// the first dataset user (one without an account email) who has rated something.
CALL () {
  MATCH (movie:Movie)<-[:DIRECTED]-(director:Person)
  WITH movie, director
  ORDER BY COUNT { (movie)<-[:RATED]-() } DESC, movie.id, director.id
  LIMIT 1
  RETURN movie.id AS movieId, director.id AS personId
}
CALL () {
  MATCH (user:User)
  WHERE user.id IS NOT NULL AND user.email IS NULL AND EXISTS { (user)-[:RATED]->() }
  WITH user
  ORDER BY user.id
  LIMIT 1
  RETURN user.id AS userId
}
RETURN movieId, personId, userId
