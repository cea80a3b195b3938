UNWIND $ids AS id
MATCH (movie:Movie {id: id})-[:IN_GENRE]->(genre:Genre)
WITH id, genre
ORDER BY genre.name
RETURN id, collect(genre.name) AS genres
