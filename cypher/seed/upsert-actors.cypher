UNWIND $credits AS row
MATCH (movie:Movie {id: row.movieId})
MERGE (person:Person {id: row.personId})
SET person.name = row.name, person:Actor
MERGE (person)-[acted:ACTED_IN]->(movie)
SET acted.order = toInteger(row.order)
