MERGE (catalogue:Catalogue {source: $source})
SET catalogue.loadedAt = datetime(), catalogue.moviesDigest = $moviesDigest
