// Does the recommended movie share every named keyword (at least one) with a movie the user liked?
MATCH (:User {id: $userId})-[liked:RATED]->(anchor:Movie {id: $anchorId})
WHERE liked.rating >= $likedRating
MATCH (candidate:Movie {id: $movieId})
RETURN size($keywords) > 0
   AND all(name IN $keywords WHERE EXISTS { (candidate)-[:HAS_KEYWORD]->(:Keyword {name: name})<-[:HAS_KEYWORD]-(anchor) }) AS found
