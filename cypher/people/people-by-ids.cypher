MATCH (person:Person)
WHERE person.id IN $ids
RETURN person {.id, .name} AS person
