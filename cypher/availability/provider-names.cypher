// Which of these names are services in the graph.
MATCH (provider:Provider)
WHERE provider.name IN $names
RETURN collect(provider.name) AS known
