CREATE (user:User {id: $id, name: $name})
RETURN user {.id, .name} AS user
