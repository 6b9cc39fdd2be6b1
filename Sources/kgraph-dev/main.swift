print("kgraph-dev")
