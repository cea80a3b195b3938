// Does the recommended movie share every named genre (at least one) with a movie the user liked?
MATCH (:User {id: $userId})-[liked:RATED]->(anchor:Movie {id: $anchorId})
WHERE liked.rating >= $likedRating
MATCH (candidate:Movie {id: $movieId})
RETURN size($genres) > 0
   AND all(name IN $genres WHERE EXISTS { (candidate)-[:IN_GENRE]->(:Genre {name: name})<-[:IN_GENRE]-(anchor) }) AS found
