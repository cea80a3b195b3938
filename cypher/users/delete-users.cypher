UNWIND $ids AS id
MATCH (user:User {id: id})
DETACH DELETE user
RETURN count(*) AS deleted
