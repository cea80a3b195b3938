// One batch of learned item–item weights: (source)-[:SIMILAR {weight}]->(target) means liking
// source adds weight to target's score. Tagged with the training that wrote them.
UNWIND $rows AS row
MATCH (source:Movie {id: row.source})
MATCH (target:Movie {id: row.target})
CREATE (source)-[:SIMILAR {weight: row.weight, trainedAt: $trainedAt}]->(target)
