package parser

// classify marks the segments that are not body: distribution notices,
// media-asset junk, contact blocks, "About X" sections and the like.
func classify(d *doc) {}
