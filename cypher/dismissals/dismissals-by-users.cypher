// The movies each user marked "not interested", newest first.
UNWIND $ids AS id
MATCH (:User {id: id})-[dismissed:NOT_INTERESTED]->(movie:Movie)
WITH id, dismissed, movie
ORDER BY dismissed.at DESC
RETURN id, collect(movie.id) AS movieIds
