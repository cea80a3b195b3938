MATCH (user:User)
RETURN collect(user.id) AS ids
