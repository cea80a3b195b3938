MATCH (genre:Genre)
RETURN genre.name AS name, COUNT { (genre)<-[:IN_GENRE]-() } AS movieCount
ORDER BY name
