// name: reference_present
// title: Whether the graph holds the shared reference
// description: True once the Wales area of the shared reference is in the graph (Tirlun's own reference loads it).
RETURN EXISTS { MATCH (a:Area {id: 'wales'}) WHERE a.owner = 'wales' } AS present
