MATCH (movie:Movie {id: $movieId})
RETURN COUNT { (movie)<-[:RATED]-(:User) } AS ratingCount
