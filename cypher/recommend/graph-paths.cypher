// For each candidate, the directors, actors and genres it shares with the anchors (the movies a
// user liked, best first, or the one movie someone is looking at), and how many rated it.
// Genres are compared as lists: matching through a Genre node would walk thousands of movies.
CALL () {
  UNWIND $anchorIds AS anchorId
  MATCH (anchor:Movie {id: anchorId})
  RETURN collect({id: anchorId, genres: [(anchor)-[:IN_GENRE]->(genre:Genre) | genre.name]}) AS anchorGenres
}
UNWIND $candidateIds AS candidateId
MATCH (candidate:Movie {id: candidateId})
WITH candidate, candidateId, anchorGenres, [(candidate)-[:IN_GENRE]->(genre:Genre) | genre.name] AS candidateGenres
RETURN candidateId,
  [(candidate)<-[:DIRECTED]-(person:Person)-[:DIRECTED]->(anchor:Movie)
    WHERE anchor.id IN $anchorIds AND anchor <> candidate
    | {personId: person.id, name: person.name, role: 'DIRECTOR', anchorId: anchor.id}] AS directors,
  [(candidate)<-[:ACTED_IN]-(person:Person)-[:ACTED_IN]->(anchor:Movie)
    WHERE anchor.id IN $anchorIds AND anchor <> candidate
    | {personId: person.id, name: person.name, role: 'ACTOR', anchorId: anchor.id}] AS actors,
  [anchor IN anchorGenres WHERE anchor.id <> candidateId
    | {anchorId: anchor.id, genres: [genre IN anchor.genres WHERE genre IN candidateGenres]}] AS genresByAnchor,
  COUNT { (candidate)<-[:RATED]-() } AS ratingCount
