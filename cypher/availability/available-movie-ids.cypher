// The movies on any of these services, in $region (any region when null).
MATCH (provider:Provider)
WHERE provider.name IN $providers
MATCH (movie:Movie)-[available:AVAILABLE_ON]->(provider)
WHERE $region IS NULL OR available.region = $region
RETURN collect(DISTINCT movie.id) AS ids
