MATCH (:User)-[rated:RATED]->(:Movie)
RETURN count(rated) AS ratings
