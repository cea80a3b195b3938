// The services each user watches on, by name, and the region they watch in.
UNWIND $ids AS id
MATCH (user:User {id: id})
RETURN id,
       {
         region: user.region,
         providers: COLLECT {
           MATCH (user)-[:SUBSCRIBES_TO]->(provider:Provider)
           RETURN provider.name AS name
           ORDER BY name
         }
       } AS services
