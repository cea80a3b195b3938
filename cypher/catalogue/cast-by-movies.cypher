UNWIND $ids AS id
MATCH (movie:Movie {id: id})<-[acted:ACTED_IN]-(person:Person)
WITH id, person, acted
ORDER BY acted.order, person.name
RETURN id, collect(person {.id, .name}) AS people
