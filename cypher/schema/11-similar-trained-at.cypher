CREATE INDEX similar_trained_at IF NOT EXISTS FOR ()-[similar:SIMILAR]-() ON (similar.trainedAt)
