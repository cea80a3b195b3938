// Marks the movie "not interested" for the user; doing it again keeps the first time.
MATCH (user:User {id: $userId}), (movie:Movie {id: $movieId})
MERGE (user)-[dismissed:NOT_INTERESTED]->(movie)
ON CREATE SET dismissed.at = datetime()
RETURN count(dismissed) AS dismissed
