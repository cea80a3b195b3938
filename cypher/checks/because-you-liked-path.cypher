// The path behind a BecauseYouLiked reason: the user rated every anchor (at least $minRating), and
// users who rated each anchor rated the recommended movie too.
MATCH (candidate:Movie {id: $movieId})
RETURN size($anchorIds) > 0 AND all(anchorId IN $anchorIds WHERE EXISTS {
  MATCH (:User {id: $userId})-[rated:RATED]->(anchor:Movie {id: anchorId})
  WHERE rated.rating >= $minRating AND EXISTS { (anchor)<-[:RATED]-(:User)-[:RATED]->(candidate) }
}) AS found
