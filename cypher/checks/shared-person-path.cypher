// Does the person really link the recommended movie to one the user rated?
MATCH (:User {id: $userId})-[:RATED]->(anchor:Movie {id: $anchorId})
MATCH (person:Person {id: $personId}), (candidate:Movie {id: $movieId})
RETURN CASE $role
  WHEN 'DIRECTOR' THEN EXISTS { (person)-[:DIRECTED]->(candidate) } AND EXISTS { (person)-[:DIRECTED]->(anchor) }
  ELSE EXISTS { (person)-[:ACTED_IN]->(candidate) } AND EXISTS { (person)-[:ACTED_IN]->(anchor) }
END AS found
