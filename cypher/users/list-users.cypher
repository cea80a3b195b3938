// Counted from the label count and paged in the database in id order (the unique index's order).
CALL () {
  MATCH (user:User)
  RETURN count(user) AS total
}
CALL () {
  MATCH (user:User)
  WHERE user.id IS NOT NULL
  WITH user
  ORDER BY user.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(user {.id, .name, .email}) AS page
}
RETURN total, page
