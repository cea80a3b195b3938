MATCH (:User {id: $userId})-[dismissed:NOT_INTERESTED]->(:Movie {id: $movieId})
DELETE dismissed
RETURN count(dismissed) AS removed
