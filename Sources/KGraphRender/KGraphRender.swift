// KGraphRender
