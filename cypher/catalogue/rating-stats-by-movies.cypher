UNWIND $ids AS id
MATCH (movie:Movie {id: id})
OPTIONAL MATCH (movie)<-[rated:RATED]-(:User)
RETURN id, count(rated) AS count, avg(rated.rating) AS average
