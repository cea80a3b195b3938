MATCH (user:User {id: $userId}), (movie:Movie {id: $movieId})
MERGE (user)-[rated:RATED]->(movie)
SET rated.rating = $value, rated.ratedAt = datetime()
RETURN {movieId: movie.id, value: rated.rating, ratedAt: rated.ratedAt} AS rating
