package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pressmark/parser"
)

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const release = "Acme Launches a Rocket\n\nAcme Corp. launched a rocket today from its pad near town.\n"

func TestCLIOneFile(t *testing.T) {
	var out, errOut bytes.Buffer
	code := runParse([]string{writeFile(t, "a.txt", release)}, strings.NewReader(""), &out, &errOut)
	if code != 0 || errOut.Len() > 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	if !strings.HasPrefix(out.String(), "{\n  \"schema\": ") {
		t.Errorf("output is not one indented object: %.60q", out.String())
	}
	var rel parser.Release
	if err := json.Unmarshal(out.Bytes(), &rel); err != nil {
		t.Fatal(err)
	}
	if rel.Title != "Acme Launches a Rocket" || len(rel.Blocks) != 1 {
		t.Errorf("title %q, %d blocks", rel.Title, len(rel.Blocks))
	}
}

func TestCLITwoFilesAsJSONLines(t *testing.T) {
	var out, errOut bytes.Buffer
	a, b := writeFile(t, "a.txt", release), writeFile(t, "b.md", "# Second\n\nAnother [release](https://x.example) body.\n")
	if code := runParse([]string{a, b}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines of output, want 2 (JSON Lines)", len(lines))
	}
	for i, want := range []string{"Acme Launches a Rocket", "Second"} {
		var rel parser.Release
		if err := json.Unmarshal([]byte(lines[i]), &rel); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if rel.Title != want {
			t.Errorf("line %d: title %q, want %q", i+1, rel.Title, want)
		}
	}
}

func TestCLIStdin(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runParse(nil, strings.NewReader(release), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	if !strings.Contains(out.String(), `"title": "Acme Launches a Rocket"`) {
		t.Errorf("stdin not parsed: %.80q", out.String())
	}
}

func TestCLIEmptyFile(t *testing.T) {
	var out, errOut bytes.Buffer
	code := runParse([]string{writeFile(t, "empty.txt", "")}, strings.NewReader(""), &out, &errOut)
	if code == 0 {
		t.Error("exit 0 for an empty file, want non-zero")
	}
	msg := errOut.String()
	if strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") || !strings.Contains(msg, "empty") {
		t.Errorf("stderr %q, want one line saying the input is empty", msg)
	}
	if out.Len() != 0 {
		t.Errorf("stdout %q, want nothing", out.String())
	}
}

func TestCLIMissingFile(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runParse([]string{filepath.Join(t.TempDir(), "nope.txt")}, strings.NewReader(""), &out, &errOut); code == 0 {
		t.Error("exit 0 for a missing file")
	}
	if strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("stderr %q, want one line", errOut.String())
	}
}
