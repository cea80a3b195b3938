MATCH (movie:Movie)
RETURN movie.id AS id,
       movie.year AS year,
       [(movie)-[:IN_GENRE]->(genre:Genre) | genre.name] AS genres,
       [(movie)<-[:DIRECTED]-(person:Person) | person.name] AS directors,
       [(movie)<-[acted:ACTED_IN]-(person:Person) | person.name] AS cast,
       [(movie)-[:HAS_KEYWORD]->(keyword:Keyword) | keyword.name] AS keywords
