// From the relationship degree: no rating is read.
UNWIND $ids AS id
MATCH (user:User {id: id})
RETURN id, COUNT { (user)-[:RATED]->() } AS ratingCount
