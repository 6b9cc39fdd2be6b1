// KGraphGraphviz
