// Package evaluation measures how well parser.Parse extracts press releases.
//
// The measurement itself lives in this package's tests: `make eval` runs
// TestEvaluate with -shared pointing at the shared material (the release
// corpus with hand-made gold JSON, the ScrapingHub article-extraction
// benchmark and Mozilla Readability's test pages) and prints, per document
// and in total, body token precision/recall/F1, exact paragraphs, boilerplate
// leakage and metadata accuracy, beside the same figures for
// codeberg.org/readeck/go-readability/v2. Without -shared the evaluation
// skips, so `go test ./...` stays fast and needs no data.
//
// The non-test files hold only the metric functions, which import nothing
// outside the standard library; go-readability is imported by test files
// alone, so it never reaches the app's WebAssembly binary.
//
// Conventions, the same for every extractor measured:
//
//   - Tokens are maximal runs of letters and digits (unicode.IsLetter,
//     unicode.IsDigit), lower-cased. Body precision/recall/F1 compare the two
//     bags (multisets) of tokens. When the extractor outputs nothing for a
//     non-empty gold body, precision, recall and F1 are all 0; when both are
//     empty they are 1. Totals are micro-averaged (summed overlaps and sizes);
//     the macro mean of per-document F1 is shown beside them.
//   - The body is the concatenation of Release.Blocks. The title is not part
//     of it, since the gold body excludes the title.
//   - A gold paragraph is reproduced exactly when some block's text equals it
//     after collapsing runs of white space to one space and trimming. Nothing
//     else is normalised: curly and straight quotes differ.
//   - A boilerplate snippet leaks when, white space collapsed, it occurs in
//     the blocks joined by spaces, or when its visible text (Markdown link,
//     image and emphasis syntax removed) has at least three tokens and occurs
//     there.
//   - Metadata fields are compared after collapsing white space and trimming;
//     a null gold value matches an empty output. Titles compare
//     case-insensitively; a trailing slash on URLs is ignored; a published
//     value carrying a time ("2024-03-15T10:00") is compared by its date.
//   - Emails (case-insensitive), phones (white space collapsed) and links are
//     compared as sets. Links gather Release.Links, the blocks' links,
//     Contacts.Websites and the social profiles; both sides drop an http://
//     or https:// prefix and a trailing slash, and mailto:/tel: targets are
//     left out.
package evaluation
