// Training's read of the graph's ratings, one page of users at a time: the users after $afterUserId
// in id order (a walk of the user id index, entered at the cursor), each with its ratings in movie
// order as parallel lists. Concatenated, the pages list every rating ordered by user, then movie,
// so the same graph always yields the same training input, and no page sorts more than its own.
MATCH (user:User)
WHERE user.id > $afterUserId
WITH user
ORDER BY user.id
LIMIT $users
CALL (user) {
  MATCH (user)-[rated:RATED]->(movie:Movie)
  WITH movie.id AS movieId, rated.rating AS rating
  ORDER BY movieId
  RETURN collect(movieId) AS movieIds, collect(rating) AS ratings
}
RETURN user.id AS userId, movieIds, ratings
