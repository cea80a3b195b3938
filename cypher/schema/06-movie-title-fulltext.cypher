CREATE FULLTEXT INDEX movie_titles IF NOT EXISTS FOR (m:Movie) ON EACH [m.title]
