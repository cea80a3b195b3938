// Counts and every rating as text, in a fixed order: before and after a suite, equal text
// means the suite changed nothing.
CALL () { MATCH (node) RETURN count(node) AS nodes }
CALL () { MATCH ()-[relationship]->() RETURN count(relationship) AS relationships }
CALL () {
  MATCH (user:User)-[rated:RATED]->(movie:Movie)
  WITH user.id + '|' + movie.id + '|' + toString(rated.rating) + '|' + toString(rated.ratedAt) AS line
  ORDER BY line
  RETURN collect(line) AS ratings
}
RETURN nodes, relationships, ratings
