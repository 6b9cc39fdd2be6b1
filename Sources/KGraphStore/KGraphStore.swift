// KGraphStore
