UNWIND $ids AS id
CALL (id) {
  MATCH (:Movie {id: id})-[:HAS_KEYWORD]->(keyword:Keyword)
  WITH keyword
  ORDER BY keyword.name
  LIMIT $limit
  RETURN collect(keyword.name) AS keywords
}
RETURN id, keywords
