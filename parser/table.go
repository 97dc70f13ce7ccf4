package parser

import (
	"strings"
	"unicode/utf8"
)

// Tables of figures in plain text: the financial statements of earnings
// releases, laid out in columns with runs of spaces. A block of lines most
// of which are such rows is one segment, removed as a table, so that its
// rows are neither unwrapped into a paragraph nor scattered.

// markTables finds the blocks of lines (runs between block starts) that
// are tables, makes each one segment, and returns the source offsets where
// they start.
func markTables(lines []rawLine) map[int]bool {
	tables := statementTables(lines)
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !(lines[j].start && lines[j].kind != BlockListItem) {
			j++
		}
		rows := 0
		for k := i; k < j; k++ {
			if tableRow(lines[k].text) {
				rows++
			}
		}
		if rows >= 2 && 2*rows >= j-i {
			for k := i; k < j; k++ {
				lines[k].whole, lines[k].kind = true, BlockParagraph
				lines[k].start = k == i
			}
			lines[i].start = true
			if tables == nil {
				tables = map[int]bool{}
			}
			tables[lines[i].src.Start] = true
		}
		i = j
	}
	return tables
}

// tableRow reports whether s is a row of figures: after some text, at
// least two columns set off by runs of spaces or tabs that hold numbers,
// or one such column at the end of the line.
func tableRow(s string) bool {
	// A column is set off by a tab or two spaces: most lines, prose, have
	// neither and are turned away without a look at their every space.
	if strings.IndexByte(s, '\t') < 0 && !hasDoubleSpace(s) {
		return false
	}
	s = trimSpace(s)
	cols := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if (j-i >= 2 || s[i] == '\t') && j < len(s) && figure(s[j:]) {
			cols++
		}
		i = j
	}
	if cols >= 2 {
		return true
	}
	if cols == 1 && s != "" {
		c := s[len(s)-1]
		return isDigit(c) || c == ')' || c == '%'
	}
	return false
}

// figure reports whether s opens with a number: digits, a currency sign,
// a bracketed negative or a dash standing for zero.
func figure(s string) bool {
	if strings.HasPrefix(s, "$") || strings.HasPrefix(s, "€") || strings.HasPrefix(s, "£") {
		// A currency sign set apart from its figure: "$   412,611".
		_, n := utf8.DecodeRuneInString(s)
		t := strings.TrimLeft(s[n:], " \t")
		if len(t) < len(s)-n && len(s)-n-len(t) <= 12 {
			return figure(t)
		}
	}
	for i := 0; i < len(s) && i < 3; i++ {
		switch c := s[i]; {
		case isDigit(c):
			return true
		case c == '$' || c == '(' || c == '-' || c == '.':
			continue
		default:
			return false
		}
	}
	return s == "-" || len(s) > 1 && s[0] == '-' && (s[1] == ' ' || s[1] == '\t')
}

// Limits of a financial statement laid out in text.
const (
	stmtMinRows    = 3  // rows of figures that make a statement
	stmtCaptionMax = 8  // title and column-heading lines above it
	stmtLineMax    = 90 // longest title or column-heading line, in bytes
)

// statementTables finds financial statements laid out in columns, whose
// rows are broken up by rules ("------  ------", "======") and topped by
// title and column-heading lines ("CONDENSED CONSOLIDATED STATEMENTS OF
// OPERATIONS", "(Unaudited)", "Three Months Ended", "2025  2024"). Each
// becomes one segment from its first title line to its last row, and its
// start offset is returned.
func statementTables(lines []rawLine) map[int]bool {
	var tables map[int]bool
	for i := 0; i < len(lines); {
		// A run of rows and rules, at most one blank line apart.
		if !tableRow(lines[i].text) {
			i++
			continue
		}
		j, rows := i, 0
		for j < len(lines) && (j == i || lines[j].blank <= 1) && (tableRow(lines[j].text) || ruleLine(lines[j].text)) {
			if tableRow(lines[j].text) {
				rows++
			}
			j++
		}
		if rows < stmtMinRows {
			i = j
			continue
		}
		// Title and column-heading lines above it.
		k := i
		for k > 0 && i-k < stmtCaptionMax && lines[k].blank <= 1 && !lines[k-1].whole && captionLine(&lines[k-1]) {
			k--
		}
		if k == i && (i == 0 || !ruleLine(lines[i-1].text)) && rows < 2*stmtMinRows {
			// No title: leave a small run to the block rules.
			i = j
			continue
		}
		for m := k; m < j; m++ {
			lines[m].whole, lines[m].kind, lines[m].start = true, BlockParagraph, m == k
		}
		if j < len(lines) {
			lines[j].start = true
		}
		if tables == nil {
			tables = map[int]bool{}
		}
		tables[lines[k].src.Start] = true
		i = j
	}
	return tables
}

// ruleLine reports whether s is a rule under or between rows of figures:
// dashes, equals signs or underscores, perhaps in columns.
func ruleLine(s string) bool {
	s = trimSpace(s)
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-', '=', '_', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// captionLine reports whether l can be a title or column-heading line of a
// statement: short, and set in from the margin, in capitals, or in
// brackets ("(In thousands, except per share data)").
func captionLine(l *rawLine) bool {
	t := trimSpace(l.text)
	if t == "" || len(t) > stmtLineMax || ruleLine(t) {
		return false
	}
	if l.indent >= 10 || tableRow(t) {
		return true
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		return true
	}
	return strings.ToUpper(t) == t && strings.ToLower(t) != t
}
