// Directors and actors, one per index of the parallel lists, with the label of every role.
UNWIND range(0, size($ids) - 1) AS i
MERGE (person:Person {id: $ids[i]})
SET person.name = $names[i]
FOREACH (_ IN CASE WHEN $directors[i] THEN [1] ELSE [] END | SET person:Director)
FOREACH (_ IN CASE WHEN $actors[i] THEN [1] ELSE [] END | SET person:Actor)
