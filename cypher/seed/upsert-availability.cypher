// Where each movie can be watched: one AVAILABLE_ON per movie, service and region.
UNWIND $rows AS row
MATCH (movie:Movie {id: row.movieId})
MERGE (provider:Provider {name: row.provider})
MERGE (movie)-[:AVAILABLE_ON {region: row.region}]->(provider)
