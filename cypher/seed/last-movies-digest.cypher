// The movies digest of the catalogue loaded last; none when that load did not record one (an
// older loader, or a load that failed: see forget-movies-digests).
MATCH (catalogue:Catalogue)
WITH catalogue
ORDER BY catalogue.loadedAt DESC
LIMIT 1
RETURN catalogue.moviesDigest AS digest
