// Removes the SIMILAR weights of every earlier training, in batches of its own transactions.
MATCH ()-[similar:SIMILAR]->()
WHERE similar.trainedAt <> $trainedAt
CALL (similar) { DELETE similar } IN TRANSACTIONS OF 10000 ROWS
