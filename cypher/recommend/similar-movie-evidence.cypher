// For each candidate: what it shares with the movie $movieId, and how many users liked both.
MATCH (source:Movie {id: $movieId})
UNWIND $candidateIds AS candidateId
MATCH (candidate:Movie {id: candidateId})
RETURN candidateId,
  COLLECT {
    MATCH (candidate)<-[:DIRECTED]-(person:Person)-[:DIRECTED]->(source)
    RETURN {personId: person.id, name: person.name, role: 'DIRECTOR', anchorId: source.id}
  } AS directors,
  COLLECT {
    MATCH (candidate)<-[:ACTED_IN]-(person:Person)-[:ACTED_IN]->(source)
    RETURN {personId: person.id, name: person.name, role: 'ACTOR', anchorId: source.id}
  } AS actors,
  COLLECT {
    MATCH (candidate)-[:IN_GENRE]->(genre:Genre)<-[:IN_GENRE]-(source)
    RETURN {genre: genre.name, anchorId: source.id}
  } AS genres,
  COUNT {
    MATCH (source)<-[first:RATED]-(:User)-[second:RATED]->(candidate)
    WHERE first.rating >= $likedRating AND second.rating >= $likedRating
  } AS similarUsers,
  COUNT { (candidate)<-[:RATED]-(:User) } AS ratingCount
