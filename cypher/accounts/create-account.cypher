CREATE (user:User {id: $id, name: $name, email: $email, passwordHash: $passwordHash, createdAt: datetime()})
RETURN user {.id, .name, .email} AS user
