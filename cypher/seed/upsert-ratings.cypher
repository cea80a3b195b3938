// Rows arrive grouped by user with one row per movie. A user with no ratings yet gets CREATE,
// which is much faster than MERGE on a first load; otherwise MERGE keeps re-runs idempotent.
UNWIND $users AS userRow
MERGE (user:User {id: userRow.id})
  ON CREATE SET user.name = userRow.name
WITH user, userRow, NOT EXISTS { (user)-[:RATED]->() } AS firstRatings
CALL (user, userRow, firstRatings) {
  WITH user, userRow
  WHERE firstRatings
  UNWIND userRow.ratings AS row
  MATCH (movie:Movie {id: row.movieId})
  CREATE (user)-[:RATED {rating: row.rating, ratedAt: datetime({epochSeconds: toInteger(row.ratedAt)})}]->(movie)
}
CALL (user, userRow, firstRatings) {
  WITH user, userRow
  WHERE NOT firstRatings
  UNWIND userRow.ratings AS row
  MATCH (movie:Movie {id: row.movieId})
  MERGE (user)-[rated:RATED]->(movie)
  SET rated.rating = row.rating,
      rated.ratedAt = datetime({epochSeconds: toInteger(row.ratedAt)})
}
