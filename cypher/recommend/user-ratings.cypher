// A user's current ratings, read at request time so a new rating counts at once. One list of
// [movie, rating, time] triples travels much faster than a map per rating.
OPTIONAL MATCH (user:User {id: $userId})
OPTIONAL MATCH (user)-[rated:RATED]->(movie:Movie)
RETURN user IS NOT NULL AS found,
       collect([movie.id, rated.rating, coalesce(rated.ratedAt.epochSeconds, 0)]) AS ratings
