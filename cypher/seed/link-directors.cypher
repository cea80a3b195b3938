UNWIND range(0, size($personIds) - 1) AS i
MATCH (person:Person {id: $personIds[i]}), (movie:Movie {id: $movieIds[i]})
MERGE (person)-[:DIRECTED]->(movie)
