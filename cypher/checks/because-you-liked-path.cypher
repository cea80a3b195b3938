// Does the graph hold the co-rating path behind a BecauseYouLiked reason?
MATCH (:User {id: $userId})-[:RATED]->(anchor:Movie {id: $anchorId})
MATCH (candidate:Movie {id: $movieId})
RETURN EXISTS { (anchor)<-[:RATED]-(:User)-[:RATED]->(candidate) } AS found
