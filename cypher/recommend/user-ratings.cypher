// A user's current ratings, read at request time so a new rating counts at once. Parallel lists
// travel several times faster than a list or map per rating for users with thousands of them;
// coalesce keeps the lists aligned (collect skips nulls), and movie.id is never null once matched.
OPTIONAL MATCH (user:User {id: $userId})
OPTIONAL MATCH (user)-[rated:RATED]->(movie:Movie)
RETURN user IS NOT NULL AS found,
       collect(movie.id) AS movieIds,
       collect(coalesce(rated.rating, 0)) AS ratings,
       collect(coalesce(rated.ratedAt.epochSeconds, 0)) AS ratedAt
