// Ids from the loaded graph for the playground's example variables, so every example runs on
// whichever catalogue is loaded: the most-rated movie that has a director, that director, and
// the first dataset user (one without an account email) who has rated something, and the service
// carrying the most films with the region it carries most of them in (none without availability).
CALL () {
  MATCH (movie:Movie)<-[:DIRECTED]-(director:Person)
  WITH movie, director
  ORDER BY movie.ratingCount DESC, movie.id, director.id
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
OPTIONAL CALL () {
  MATCH (:Movie)-[available:AVAILABLE_ON]->(provider:Provider)
  WITH provider.name AS provider, available.region AS region, count(*) AS films
  ORDER BY films DESC, provider, region
  LIMIT 1
  RETURN provider, region
}
RETURN movieId, personId, userId, provider, region
