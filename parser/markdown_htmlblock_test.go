package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// TestMayOpenHTMLBlock checks mayOpenHTMLBlock against goldmark's own HTML
// block parser: a line it turns away must be one goldmark opens no block
// for. The lines are built ones and every line of the testdata inputs and,
// natively, the shared documents.
func TestMayOpenHTMLBlock(t *testing.T) {
	lines := [][]byte{
		[]byte("<https://example.com/>\n"), []byte("   <mailto:a@b.c>"), []byte("<div>\n"), []byte("<div\n"),
		[]byte("<div:x>\n"), []byte("<a href=x>\n"), []byte("<x-y>\n"), []byte("<b/>"), []byte("<p\tclass=x>"),
		[]byte("<script>"), []byte("<pre\r\n"), []byte("<!-- c -->"), []byte("<?php"), []byte("<!DOCTYPE html>"),
		[]byte("<![CDATA[x]]>"), []byte("</div>"), []byte("<table;"), []byte("    <div:x>"), []byte("<a"),
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if runtime.GOOS != "js" && os.Getenv("PRESSMARK_SHARED") != "" {
		files = append(files, sharedDocuments(t)...)
	}
	for _, f := range files {
		for _, l := range bytes.SplitAfter(readDocument(t, f), []byte("\n")) {
			if bytes.IndexByte(l, '<') >= 0 {
				lines = append(lines, l)
			}
		}
	}
	stock := gmparser.NewHTMLBlockParser()
	turned := 0
	for _, l := range lines {
		if mayOpenHTMLBlock(l) {
			continue
		}
		turned++
		if n, _ := stock.Open(nil, text.NewReader(l), gmparser.NewContext()); n != nil {
			t.Errorf("mayOpenHTMLBlock(%q) = false, but goldmark opens an HTML block", l)
		}
	}
	if turned == 0 {
		t.Error("no line was turned away: the test tests nothing")
	}
}

// TestMDHTMLBlocksRegistered checks the wrapper replaced goldmark's HTML
// block parser, and only it.
func TestMDHTMLBlocksRegistered(t *testing.T) {
	n := 0
	for _, p := range mdBlockParsers() {
		if _, ok := p.Value.(mdHTMLBlocks); ok {
			n++
		}
		if p.Value == gmparser.NewHTMLBlockParser() {
			t.Error("goldmark's HTML block parser is still registered")
		}
	}
	if n != 1 {
		t.Errorf("%d wrapped HTML block parsers, want 1", n)
	}
}

// FuzzMayOpenHTMLBlock checks, on any line, that a line mayOpenHTMLBlock
// turns away is one goldmark's own HTML block parser opens no block for.
func FuzzMayOpenHTMLBlock(f *testing.F) {
	for _, s := range []string{"<div>\n", "<div:x>\n", "<x-y>", "  <p\tclass=x>", "<pre\r\n", "<a", "<b/>", "<table;", "<https://x.y/>", "<!-- c", "<Script>", "<TEXTAREA\v"} {
		f.Add([]byte(s))
	}
	stock := gmparser.NewHTMLBlockParser()
	f.Fuzz(func(t *testing.T, line []byte) {
		if mayOpenHTMLBlock(line) {
			return
		}
		if n, _ := stock.Open(nil, text.NewReader(line), gmparser.NewContext()); n != nil {
			t.Errorf("mayOpenHTMLBlock(%q) = false, but goldmark opens an HTML block", line)
		}
	})
}
