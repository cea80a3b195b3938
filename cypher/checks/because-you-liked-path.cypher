// The path behind a BecauseYouLiked reason: the user liked every liked anchor (rated it at least
// $likedRating) and rated every watched one, and users who rated each of them rated the
// recommended movie too.
MATCH (candidate:Movie {id: $movieId})
RETURN size($likedIds) + size($watchedIds) > 0
  AND all(anchorId IN $likedIds + $watchedIds WHERE EXISTS {
    MATCH (:User {id: $userId})-[rated:RATED]->(anchor:Movie {id: anchorId})
    WHERE (rated.rating >= $likedRating OR anchorId IN $watchedIds)
      AND EXISTS { (anchor)<-[:RATED]-(:User)-[:RATED]->(candidate) }
  }) AS found
