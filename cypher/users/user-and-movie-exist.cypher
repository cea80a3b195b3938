OPTIONAL MATCH (user:User {id: $userId})
OPTIONAL MATCH (movie:Movie {id: $movieId})
RETURN user IS NOT NULL AS userExists, movie IS NOT NULL AS movieExists
