// Ordered, so the same graph always yields the same training split and models.
MATCH (user:User)-[rated:RATED]->(movie:Movie)
RETURN user.id AS userId, movie.id AS movieId, rated.rating AS rating
ORDER BY userId, movieId
