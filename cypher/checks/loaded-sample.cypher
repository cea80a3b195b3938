// A few loaded values a bulk import and a transactional load must agree on, indexes included.
MATCH (user:User {id: $userId})-[rated:RATED]->(:Movie {id: $ratedMovieId})
MATCH (person:Person {id: $personId})
MATCH (movie:Movie {id: $movieId})
CALL () {
  CALL db.index.fulltext.queryNodes('movie_titles', $titleSearch) YIELD node
  RETURN count(node) AS titleMatches
}
RETURN rated.rating AS rating,
       toString(rated.ratedAt) AS ratedAt,
       user.name AS userName,
       labels(person) AS personLabels,
       properties(movie) AS movie,
       COUNT { (movie)<-[:ACTED_IN]-() } AS castSize,
       COUNT { (movie)<-[:RATED]-() } AS ratingsOfMovie,
       titleMatches
