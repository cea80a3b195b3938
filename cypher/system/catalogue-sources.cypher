MATCH (catalogue:Catalogue)
RETURN collect(catalogue.source) AS sources
