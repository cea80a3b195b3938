CALL () { MATCH (n:User) RETURN count(n) AS users }
CALL () { MATCH (n:Movie) RETURN count(n) AS movies }
CALL () { MATCH (n:Genre) RETURN count(n) AS genres }
CALL () { MATCH (n:Director) RETURN count(n) AS directors }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Keyword) RETURN count(n) AS keywords }
CALL () { MATCH ()-[r:RATED]->() RETURN count(r) AS ratings }
CALL () { MATCH ()-[r:IN_GENRE]->() RETURN count(r) AS genreLinks }
CALL () { MATCH ()-[r:DIRECTED]->() RETURN count(r) AS directedLinks }
CALL () { MATCH ()-[r:ACTED_IN]->() RETURN count(r) AS actedInLinks }
CALL () { MATCH ()-[r:HAS_KEYWORD]->() RETURN count(r) AS keywordLinks }
CALL () { MATCH (n:Provider) RETURN count(n) AS providers }
CALL () { MATCH ()-[r:AVAILABLE_ON]->() RETURN count(r) AS availableLinks }
RETURN users, movies, genres, directors, actors, keywords, ratings, genreLinks, directedLinks, actedInLinks, keywordLinks, providers, availableLinks
