UNWIND $names AS name
MERGE (:Genre {name: name})
