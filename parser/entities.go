package parser

// findEntities finds entity suggestions in the cleaned text.
func findEntities(d *doc) {
	d.rel.Entities = []Entity{}
	if d.rel.Warnings == nil {
		d.rel.Warnings = []Warning{}
	}
}
