// A user's current ratings, read at request time so a new rating counts at once. Parallel lists
// travel much faster than a map per rating for users with thousands of them.
OPTIONAL MATCH (user:User {id: $userId})
OPTIONAL MATCH (user)-[rated:RATED]->(movie:Movie)
RETURN user IS NOT NULL AS found,
       collect(movie.id) AS movieIds,
       collect(rated.rating) AS ratings,
       collect(rated.ratedAt.epochSeconds) AS ratedAt
