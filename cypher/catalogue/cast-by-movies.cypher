UNWIND $ids AS id
CALL (id) {
  MATCH (:Movie {id: id})<-[acted:ACTED_IN]-(person:Person)
  WITH person, acted
  ORDER BY acted.order, person.name
  LIMIT $limit
  RETURN collect(person {.id, .name}) AS people
}
RETURN id, people
