// Package annotate is Pressmark's annotation core: labels, annotations
// anchored in a release's cleaned text, documents and the library that keeps
// them, re-anchoring after an edit, undo and redo, and export and import.
//
// Offsets count Unicode code points into parser.Release.Text everywhere in
// this package, as the W3C Web Annotation TextPositionSelector does. The
// browser's Selection API counts UTF-16 code units; UTF16ToCodePoints and
// CodePointsToUTF16 convert at that one boundary.
//
// The package is pure Go: it never touches the DOM or storage, and it builds
// and tests natively and compiled to WebAssembly.
package annotate
