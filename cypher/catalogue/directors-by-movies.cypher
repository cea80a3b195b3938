UNWIND $ids AS id
CALL (id) {
  MATCH (:Movie {id: id})<-[:DIRECTED]-(person:Person)
  WITH person
  ORDER BY person.name
  LIMIT $limit
  RETURN collect(person {.id, .name}) AS people
}
RETURN id, people
