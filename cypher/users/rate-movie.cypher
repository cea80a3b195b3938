// Setting the movie's ratingSum to itself locks the movie before its old rating is read, so
// concurrent ratings of one movie keep its ratingCount and ratingSum exact.
MATCH (user:User {id: $userId}), (movie:Movie {id: $movieId})
SET movie.ratingSum = coalesce(movie.ratingSum, 0.0)
WITH user, movie
OPTIONAL MATCH (user)-[old:RATED]->(movie)
WITH user, movie, old.rating AS previous
MERGE (user)-[rated:RATED]->(movie)
SET rated.rating = $value,
    rated.ratedAt = datetime(),
    movie.ratingCount = coalesce(movie.ratingCount, 0) + CASE WHEN previous IS NULL THEN 1 ELSE 0 END,
    movie.ratingSum = movie.ratingSum + $value - coalesce(previous, 0.0)
RETURN {movieId: movie.id, value: rated.rating, ratedAt: rated.ratedAt} AS rating
