CREATE INDEX movie_imdb_id IF NOT EXISTS FOR (m:Movie) ON (m.imdbId)
