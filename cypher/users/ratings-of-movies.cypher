// Given users' ratings of given movies; pairs without a rating are absent.
UNWIND $pairs AS pair
MATCH (:User {id: pair.userId})-[rated:RATED]->(:Movie {id: pair.movieId})
RETURN pair.userId AS userId, pair.movieId AS movieId, rated.rating AS rating
