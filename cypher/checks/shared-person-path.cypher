// Does the person really link the recommended movie to one the user liked?
MATCH (:User {id: $userId})-[liked:RATED]->(anchor:Movie {id: $anchorId})
WHERE liked.rating >= $likedRating
MATCH (person:Person {id: $personId}), (candidate:Movie {id: $movieId})
RETURN CASE $role
  WHEN 'DIRECTOR' THEN EXISTS { (person)-[:DIRECTED]->(candidate) } AND EXISTS { (person)-[:DIRECTED]->(anchor) }
  ELSE EXISTS { (person)-[:ACTED_IN]->(candidate) } AND EXISTS { (person)-[:ACTED_IN]->(anchor) }
END AS found
