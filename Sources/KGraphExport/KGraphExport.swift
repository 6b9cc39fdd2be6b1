// KGraphExport
