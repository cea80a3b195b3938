// Neo4j's recommendations guide, "collaborative filtering": users who rated this movie also rated.
MATCH (movie:Movie {id: $movieId})<-[:RATED]-(user:User)-[:RATED]->(recommendation:Movie)
RETURN recommendation.id AS movieId, count(*) AS usersWhoAlsoWatched
ORDER BY usersWhoAlsoWatched DESC
LIMIT 20
