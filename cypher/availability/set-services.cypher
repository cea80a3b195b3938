// Replaces the services a user watches on (known providers only) and the region they watch in.
MATCH (user:User {id: $userId})
CALL (user) {
  MATCH (user)-[old:SUBSCRIBES_TO]->(:Provider)
  DELETE old
}
SET user.region = $region
WITH user
CALL (user) {
  MATCH (provider:Provider)
  WHERE provider.name IN $providers
  MERGE (user)-[:SUBSCRIBES_TO]->(provider)
}
RETURN user.id AS id
