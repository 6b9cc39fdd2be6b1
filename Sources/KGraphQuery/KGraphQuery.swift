// KGraphQuery
