MATCH (:User {id: $userId})-[rated:RATED]->(:Movie {id: $movieId})
DELETE rated
RETURN count(*) AS removed
