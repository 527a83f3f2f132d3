package input

import (
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	long := `{"text": "` + strings.Repeat("word ", sniffLen/5) + `"}`
	tests := []struct {
		name, path, head string
		want             Format
	}{
		{"plain text", "a.txt", "Grain prices rose in May.\n", Text},
		{"markdown", "a.md", "# Title\n\nBody text.\n", Text},
		{"html by extension only", "a.html", "Just words, no tags.", HTML},
		{"html document in a .txt", "a.txt", "\n  <!DOCTYPE html><html><body><p>Hi.</p></body></html>", HTML},
		{"html fragment in a .txt", "a.txt", "<p>A paragraph.</p>", HTML},
		{"html document in a .md", "a.md", "<html><body><p>Hi.</p></body></html>", HTML},
		{"inline html opening a .md", "a.md", "<!-- draft -->\n# Title\n\nBody.\n", Text},
		{"xhtml", "a.xml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", HTML},
		{"feed by content", "incoming.txt", "{\"id\": 1, \"text\": \"One.\"}\n{\"id\": 2, \"text\": \"Two.\"}\n", Feed},
		{"feed by extension", "a.jsonl", "not json at all\n", Feed},
		{"feed, first line longer than the sniffed head", "a.txt", long, Feed},
		{"brace that opens no JSON object", "a.txt", "{braces} open this article.\n", Text},
		{"pretty-printed JSON is not a feed", "a.txt", "{\n  \"text\": \"x\"\n}\n", Text},
		{"UTF-8 BOM before a feed", "a.txt", "\ufeff{\"text\": \"One.\"}\n", Feed},
		{"UTF-16 HTML", "a.txt", utf16LE("<!DOCTYPE html><html><body>Hi.</body></html>"), HTML},
		{"empty", "a.txt", "", Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := []byte(tt.head)
			if len(head) > sniffLen {
				head = head[:sniffLen]
			}
			if got := Sniff(tt.path, head); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}

// utf16LE encodes ASCII s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return string(b)
}
