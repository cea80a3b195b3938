// Where each movie can be watched: service and region, by service name.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Movie {id: id})-[available:AVAILABLE_ON]->(provider:Provider)
  WITH provider.name AS provider, available.region AS region
  ORDER BY provider, region
  LIMIT $limit
  RETURN collect({provider: provider, region: region}) AS availability
}
RETURN id, availability
