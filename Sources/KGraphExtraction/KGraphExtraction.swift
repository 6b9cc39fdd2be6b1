// KGraphExtraction
