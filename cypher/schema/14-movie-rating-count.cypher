// Popularity order (most rated first) walks this index instead of counting every movie's ratings.
CREATE INDEX movie_rating_count IF NOT EXISTS FOR (movie:Movie) ON (movie.ratingCount)
