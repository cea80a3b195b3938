UNWIND $ids AS id
MATCH (movie:Movie {id: id})-[:HAS_KEYWORD]->(keyword:Keyword)
WITH id, keyword
ORDER BY keyword.name
RETURN id, collect(keyword.name) AS keywords
