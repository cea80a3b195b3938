// The path behind a BecauseYouLiked reason: the user liked the anchor, and users who rated the
// anchor rated the recommended movie too.
MATCH (:User {id: $userId})-[liked:RATED]->(anchor:Movie {id: $anchorId})
WHERE liked.rating >= $likedRating
MATCH (candidate:Movie {id: $movieId})
RETURN EXISTS { (anchor)<-[:RATED]-(:User)-[:RATED]->(candidate) } AS found
