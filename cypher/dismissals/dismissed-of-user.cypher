// Which of these movies the user marked "not interested".
MATCH (:User {id: $userId})-[:NOT_INTERESTED]->(movie:Movie)
WHERE movie.id IN $movieIds
RETURN movie.id AS movieId
