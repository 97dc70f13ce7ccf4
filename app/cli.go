package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"pressmark/parser"
)

// runParse implements "pressmark parse FILE...": it prints each file's
// Release as JSON, one indented object for a single input and one object per
// line (JSON Lines) for several. With no file it reads standard input.
// It returns the process exit code.
func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	if len(args) == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pressmark: reading standard input: %v\n", err)
			return 1
		}
		inputs = append(inputs, input{"standard input", data})
	}
	for _, name := range args {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "pressmark: %v\n", err)
			return 1
		}
		inputs = append(inputs, input{name, data})
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if len(inputs) == 1 {
		enc.SetIndent("", "  ")
	}
	status := 0
	for _, in := range inputs {
		rel, err := parser.Parse(in.data)
		if err != nil {
			fmt.Fprintf(stderr, "pressmark: %s: %v\n", in.name, err)
			status = 1
			continue
		}
		if err := enc.Encode(rel); err != nil {
			fmt.Fprintf(stderr, "pressmark: %s: %v\n", in.name, err)
			return 1
		}
	}
	return status
}
