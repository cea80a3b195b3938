CREATE INDEX movie_title_id IF NOT EXISTS FOR (m:Movie) ON (m.title, m.id)
