package parser

// Byte tables for the tests the scanners ask of every byte. A lookup is one
// load and no branch: in Go's wasm port each branch of a chain of
// comparisons (c == ' ' || c == '\t' || …) is a jump through the
// function's block dispatch, and a byte loop testing such a chain ran about
// three times slower there than one reading a table, where natively the
// two run alike. The tables are data the linker lays out: no start-up work.

// perlSpaceTab marks the bytes of \s in Go's regular expressions:
// [\t\n\f\r ].
var perlSpaceTab = [256]bool{'\t': true, '\n': true, '\f': true, '\r': true, ' ': true}

// asciiSpaceTab marks the ASCII white space of unicode.IsSpace and
// strings.TrimSpace: [\t\n\v\f\r ].
var asciiSpaceTab = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// perlWordTab marks the bytes of \w: [0-9A-Za-z_].
var perlWordTab = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true,
	'9': true, 'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true,
	'I': true, 'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true,
	'R': true, 'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'_': true, 'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true,
	'i': true, 'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true,
	'r': true, 's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}
