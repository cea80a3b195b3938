// One page of each user's ratings, newest first, sorted and paged in the database.
UNWIND $ids AS id
MATCH (user:User {id: id})
CALL (user) {
  MATCH (user)-[rated:RATED]->(movie:Movie)
  WITH rated, movie
  ORDER BY rated.ratedAt DESC, movie.id
  SKIP $offset
  LIMIT $limit
  RETURN collect({movieId: movie.id, value: rated.rating, ratedAt: rated.ratedAt}) AS ratings
}
RETURN id, COUNT { (user)-[:RATED]->() } AS total, ratings
