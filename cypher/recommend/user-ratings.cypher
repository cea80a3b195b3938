// A user's current ratings, read at request time so a new rating counts at once.
MATCH (user:User {id: $userId})
RETURN [(user)-[rated:RATED]->(movie:Movie) | {movieId: movie.id, rating: rated.rating, ratedAt: rated.ratedAt.epochSeconds}] AS ratings
