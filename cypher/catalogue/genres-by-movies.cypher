UNWIND $ids AS id
CALL (id) {
  MATCH (:Movie {id: id})-[:IN_GENRE]->(genre:Genre)
  WITH genre
  ORDER BY genre.name
  LIMIT $limit
  RETURN collect(genre.name) AS genres
}
RETURN id, genres
