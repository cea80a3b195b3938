UNWIND range(0, size($movieIds) - 1) AS i
MATCH (movie:Movie {id: $movieIds[i]}), (keyword:Keyword {name: $names[i]})
MERGE (movie)-[:HAS_KEYWORD]->(keyword)
