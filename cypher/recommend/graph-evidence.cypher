// For each candidate: the paths that tie it to the user's liked movies ($anchorIds, best first),
// and how many of the users who liked what this user liked also liked the candidate.
OPTIONAL MATCH (user:User {id: $userId})
CALL (user) {
  UNWIND $anchorIds AS anchorId
  MATCH (user)-[:RATED]->(:Movie {id: anchorId})<-[rated:RATED]-(other:User)
  WHERE rated.rating >= $likedRating AND other <> user
  WITH other, count(*) AS overlap
  ORDER BY overlap DESC, other.id
  LIMIT toInteger($neighbourCount)
  RETURN collect(other) AS neighbours
}
UNWIND $candidateIds AS candidateId
MATCH (candidate:Movie {id: candidateId})
RETURN candidateId,
  COLLECT {
    MATCH (candidate)<-[:DIRECTED]-(person:Person)-[:DIRECTED]->(anchor:Movie)
    WHERE anchor.id IN $anchorIds AND anchor <> candidate
    RETURN {personId: person.id, name: person.name, role: 'DIRECTOR', anchorId: anchor.id}
  } AS directors,
  COLLECT {
    MATCH (candidate)<-[:ACTED_IN]-(person:Person)-[:ACTED_IN]->(anchor:Movie)
    WHERE anchor.id IN $anchorIds AND anchor <> candidate
    RETURN {personId: person.id, name: person.name, role: 'ACTOR', anchorId: anchor.id}
  } AS actors,
  COLLECT {
    MATCH (candidate)-[:IN_GENRE]->(genre:Genre)<-[:IN_GENRE]-(anchor:Movie)
    WHERE anchor.id IN $anchorIds AND anchor <> candidate
    RETURN {genre: genre.name, anchorId: anchor.id}
  } AS genres,
  COUNT {
    MATCH (candidate)<-[rated:RATED]-(other:User)
    WHERE rated.rating >= $likedRating AND other IN neighbours
  } AS similarUsers,
  COUNT { (candidate)<-[:RATED]-(:User) } AS ratingCount
