UNWIND $names AS name
MERGE (:Keyword {name: name})
