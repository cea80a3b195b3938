MATCH (user:User)
WHERE user.email IS NULL
WITH collect(user.id) AS userIds
MATCH (movie:Movie)
WITH userIds, movie, COUNT { (movie)<-[:RATED]-(:User) } AS ratingCount
ORDER BY ratingCount DESC, movie.id
LIMIT 500
RETURN userIds, collect(movie.id) AS movieIds, collect(movie.title) AS titles
