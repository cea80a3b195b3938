// Before movies are written: a load that fails half-way must not leave a digest that claims
// the graph holds some catalogue's movies as they were.
MATCH (catalogue:Catalogue)
REMOVE catalogue.moviesDigest
