MATCH (user:User)
WITH user
ORDER BY user.id
WITH collect(user {.id, .name, .email}) AS users
RETURN size(users) AS total, users[$offset..$offset + $limit] AS page
