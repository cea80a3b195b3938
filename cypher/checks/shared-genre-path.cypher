// Does the recommended movie share every named genre with a movie the user rated?
MATCH (:User {id: $userId})-[:RATED]->(anchor:Movie {id: $anchorId})
MATCH (candidate:Movie {id: $movieId})
RETURN all(name IN $genres WHERE EXISTS { (candidate)-[:IN_GENRE]->(:Genre {name: name})<-[:IN_GENRE]-(anchor) }) AS found
