package parser

// Tables the package derives from its word lists (the shapes and filters
// in front of the word sets, the stopwords' table, the first-byte classes
// of words) are written out by go generate in init_tables.go, and the
// variables that hold them are initialised from it: data the linker lays
// out, where building them ran on every page load in the browser. The
// builders, in init_gen_test.go, write the file, and
// TestInitTablesUpToDate fails when it is stale.

//go:generate go test -run ^TestInitTablesUpToDate$ . -args -update-init-tables
