RETURN COUNT { (:User {id: $userId})-[:RATED]->(:Movie) } AS count
