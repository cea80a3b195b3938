MATCH (user:User)
WHERE user.id IN $ids
RETURN user {.id, .name, .email} AS user
