// How many users liked both the anchor and the recommended movie?
MATCH (anchor:Movie {id: $anchorId}), (candidate:Movie {id: $movieId})
RETURN COUNT {
  MATCH (anchor)<-[first:RATED]-(:User)-[second:RATED]->(candidate)
  WHERE first.rating >= $likedRating AND second.rating >= $likedRating
} AS fans
