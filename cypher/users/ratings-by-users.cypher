UNWIND $ids AS id
MATCH (:User {id: id})-[rated:RATED]->(movie:Movie)
WITH id, movie, rated
ORDER BY rated.ratedAt DESC, movie.id
RETURN id, collect({movieId: movie.id, value: rated.rating, ratedAt: rated.ratedAt}) AS ratings
