// A movie's kept ratingCount and ratingSum beside the count and sum of its ratings, read together.
MATCH (movie:Movie {id: $movieId})
OPTIONAL MATCH (movie)<-[rated:RATED]-(:User)
RETURN movie.ratingCount AS ratingCount,
       movie.ratingSum AS ratingSum,
       count(rated) AS ratings,
       toFloat(sum(rated.rating)) AS sumOfRatings
