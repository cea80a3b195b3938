// Every streaming service in the graph with the regions it carries films in, by name.
MATCH (provider:Provider)
WITH provider
ORDER BY provider.name
LIMIT $limit
RETURN provider.name AS name,
       COLLECT {
         MATCH (provider)<-[available:AVAILABLE_ON]-(:Movie)
         WITH DISTINCT available.region AS region
         ORDER BY region
         RETURN region
       } AS regions
