UNWIND $ratings AS row
MATCH (movie:Movie {id: row.movieId})
MERGE (user:User {id: row.userId})
  ON CREATE SET user.name = row.userName
MERGE (user)-[rated:RATED]->(movie)
SET rated.rating = row.rating,
    rated.ratedAt = datetime({epochSeconds: row.ratedAt})
