// Every write of a rating keeps the movie's ratingCount and ratingSum, so this reads two
// properties instead of every rating of a popular movie.
UNWIND $ids AS id
MATCH (movie:Movie {id: id})
RETURN id,
       coalesce(movie.ratingCount, 0) AS count,
       CASE WHEN movie.ratingCount > 0 THEN movie.ratingSum / movie.ratingCount END AS average
