// One batch of learned item–item weights: (source)-[:SIMILAR {weight}]->(target) means liking
// source adds weight to target's score. Tagged with the training that wrote them. The batch comes
// as three parallel lists, which travel several times faster than a map per relationship.
UNWIND range(0, size($sources) - 1) AS n
MATCH (source:Movie {id: $sources[n]})
MATCH (target:Movie {id: $targets[n]})
CREATE (source)-[:SIMILAR {weight: $weights[n], trainedAt: $trainedAt}]->(target)
