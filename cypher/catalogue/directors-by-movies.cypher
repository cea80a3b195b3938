UNWIND $ids AS id
MATCH (movie:Movie {id: id})<-[:DIRECTED]-(person:Person)
WITH id, person
ORDER BY person.name
RETURN id, collect(person {.id, .name}) AS people
