UNWIND $rows AS row
MATCH (movie:Movie {id: row.movieId})
MERGE (keyword:Keyword {name: row.keyword})
MERGE (movie)-[:HAS_KEYWORD]->(keyword)
