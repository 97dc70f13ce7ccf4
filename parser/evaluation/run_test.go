package evaluation

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"pressmark/parser"
)

// outcome is what one extractor made of one input.
type outcome struct {
	rel     *parser.Release // Pressmark only; nil on error
	title   string
	blocks  []string // the body, one entry per block or paragraph
	err     string   // error, panic or timeout, "" when all went well
	elapsed time.Duration
}

// body joins the blocks into one text.
func (o outcome) body() string { return strings.Join(o.blocks, "\n\n") }

// runPressmark parses src with parser.Parse, turning a panic into an error
// and giving up after timeout so that one bad input cannot stop the run.
func runPressmark(src []byte, timeout time.Duration) outcome {
	type result struct {
		rel *parser.Release
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("PANIC: %v", r)}
			}
		}()
		rel, err := parser.Parse(src)
		done <- result{rel, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-time.After(timeout):
		return outcome{err: fmt.Sprintf("TIMEOUT after %v", timeout), elapsed: time.Since(start)}
	}
	o := outcome{elapsed: time.Since(start)}
	if res.err != nil {
		o.err = res.err.Error()
		return o
	}
	if res.rel == nil {
		o.err = "nil Release without error"
		return o
	}
	o.rel, o.title = res.rel, res.rel.Title
	for _, b := range res.rel.Blocks {
		o.blocks = append(o.blocks, b.Text)
	}
	return o
}

// runReadability extracts the article of an HTML page with go-readability
// and returns its text content, split into paragraphs on blank lines.
func runReadability(src []byte, pageURL string) (o outcome) {
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			o = outcome{err: fmt.Sprintf("PANIC: %v", r)}
		}
		o.elapsed = time.Since(start)
	}()
	u, _ := url.Parse(pageURL)
	a, err := readability.FromReader(bytes.NewReader(src), u)
	if err != nil {
		return outcome{err: err.Error()}
	}
	o.title = a.Title()
	if a.Node == nil {
		return o
	}
	var buf bytes.Buffer
	if err := a.RenderText(&buf); err != nil {
		return outcome{title: o.title, err: err.Error()}
	}
	for _, p := range strings.Split(buf.String(), "\n\n") {
		if strings.TrimSpace(p) != "" {
			o.blocks = append(o.blocks, p)
		}
	}
	return o
}

// blockElements break the text flow: their text does not run into the
// text around them.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true,
	"div": true, "dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true, "p": true,
	"pre": true, "section": true, "table": true, "td": true, "th": true, "tr": true, "ul": true,
}

// htmlText returns the text content of an HTML document, with a line break
// at every block element and nothing from scripts or styles.
func htmlText(src []byte) (string, error) {
	n, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		brk := n.Type == html.ElementNode && blockElements[n.Data]
		if brk {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if brk {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String(), nil
}
