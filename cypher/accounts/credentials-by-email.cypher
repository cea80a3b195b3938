MATCH (user:User {email: $email})
RETURN user {.id, .name, .email} AS user, user.passwordHash AS passwordHash
