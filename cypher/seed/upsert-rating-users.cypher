// The raters of one ratings batch, as parallel lists: lists of plain values cost far less to send
// and unpack than a list of maps.
UNWIND range(0, size($ids) - 1) AS i
MERGE (user:User {id: $ids[i]})
  ON CREATE SET user.name = $names[i]
