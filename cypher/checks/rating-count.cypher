MATCH (movie:Movie {id: $movieId})
RETURN COUNT { (movie)<-[:RATED]-() } AS ratingCount
