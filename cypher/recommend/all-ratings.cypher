MATCH (user:User)-[rated:RATED]->(movie:Movie)
RETURN user.id AS userId, movie.id AS movieId, rated.rating AS rating
