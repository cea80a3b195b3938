MATCH (movie:Movie)
RETURN movie.id AS id,
       movie.year AS year,
       [(movie)-[:IN_GENRE]->(genre:Genre) | genre.name] AS genres,
       [(movie)<-[:DIRECTED]-(person:Person) | person.name] AS directors,
       COLLECT { MATCH (movie)<-[acted:ACTED_IN]-(person:Person) RETURN person.name ORDER BY acted.order } AS cast,
       [(movie)-[:HAS_KEYWORD]->(keyword:Keyword) | keyword.name] AS keywords
