UNWIND $credits AS row
MATCH (movie:Movie {id: row.movieId})
MERGE (person:Person {id: row.personId})
SET person.name = row.name, person:Director
MERGE (person)-[:DIRECTED]->(movie)
