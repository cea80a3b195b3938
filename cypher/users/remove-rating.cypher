// The rating leaves the movie's ratingCount and ratingSum with it (see rate-movie for the lock).
MATCH (user:User {id: $userId}), (movie:Movie {id: $movieId})
SET movie.ratingSum = coalesce(movie.ratingSum, 0.0)
WITH user, movie
MATCH (user)-[rated:RATED]->(movie)
SET movie.ratingCount = movie.ratingCount - 1,
    movie.ratingSum = movie.ratingSum - rated.rating
DELETE rated
RETURN count(*) AS removed
