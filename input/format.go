package input

import (
	"bytes"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"
)

// Format is how an input holds its articles.
type Format int

const (
	Text Format = iota // one article, plain text or Markdown
	HTML               // one article, a web page
	Feed               // JSON Lines, one article per line
)

func (f Format) String() string {
	return [...]string{"text", "HTML", "JSON Lines feed"}[f]
}

// sniffLen is how much of an input Sniff looks at: enough to hold the
// first line of a feed of short articles whole.
const sniffLen = 64 << 10

// Sniff tells the format of an input named name (a path; only its
// extension counts) from head, its first bytes. What the content shows
// wins over the extension, since files are misnamed: a .txt holding a web
// page is read as HTML, a file whose first line is a JSON object as a feed.
// The extension decides only when the content is not telling.
func Sniff(name string, head []byte) Format {
	truncated := len(head) >= sniffLen
	start := bytes.TrimLeft(sniffable(head), " \t\r\n")
	ext := strings.ToLower(filepath.Ext(fileName(name)))
	switch {
	case isFeedStart(start, truncated):
		return Feed
	case isHTMLStart(start, ext == ".md"):
		return HTML
	case ext == ".html" || ext == ".htm":
		return HTML
	case ext == ".jsonl" || ext == ".ndjson":
		return Feed
	}
	return Text
}

// sniffable is head as UTF-8, without a byte-order mark.
func sniffable(head []byte) []byte {
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		even := head[:len(head)&^1]
		if text, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(even); err == nil {
			return text
		}
	}
	return bytes.TrimPrefix(head, bomUTF8)
}

// isFeedStart reports whether start opens a JSON Lines feed: its first line
// is a JSON object. A first line longer than the sniffed head cannot be
// checked whole; starting with `{"` it is taken for one.
func isFeedStart(start []byte, truncated bool) bool {
	if len(start) == 0 || start[0] != '{' {
		return false
	}
	line, _, complete := bytes.Cut(start, []byte("\n"))
	if !complete && truncated {
		return bytes.HasPrefix(start, []byte(`{"`))
	}
	return json.Valid(line)
}

// documentStarts open nothing but a whole HTML document.
var documentStarts = []string{"<!doctype html", "<html", "<head", "<body"}

// isHTMLStart reports whether start opens an HTML page. Markdown may begin
// with inline HTML (a comment, a <div>), so in a .md file only the start
// of a whole document counts; elsewhere the WHATWG sniffing rules decide.
func isHTMLStart(start []byte, markdown bool) bool {
	lower := strings.ToLower(string(start[:min(len(start), 64)]))
	for _, s := range documentStarts {
		if strings.HasPrefix(lower, s) {
			return true
		}
	}
	if strings.HasPrefix(lower, "<?xml") {
		return strings.Contains(strings.ToLower(string(start)), "<html")
	}
	return !markdown && strings.HasPrefix(http.DetectContentType(start), "text/html")
}
