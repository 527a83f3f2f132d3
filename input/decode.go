// Package input reads articles: it decodes the raw bytes into text, finds the
// header (title, authors, publication date) and splits the running text into
// paragraphs under their section headings.
package input

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// ID is the article_id of raw bytes: the first 16 hex digits of their SHA-256.
func ID(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:8])
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode turns raw article bytes into text: UTF-8 (or UTF-16 announced by a
// byte-order mark) without the mark, with CRLF and lone CR line endings
// turned into \n. It refuses what is not text, saying why.
func Decode(raw []byte) (string, error) {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return "", errors.New("the file is empty")
	case bytes.HasPrefix(raw, bomUTF8):
		raw = raw[len(bomUTF8):]
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		utf8Raw, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("the file starts with a UTF-16 byte-order mark but is not valid UTF-16: %w", err)
		}
		raw = bytes.TrimPrefix(utf8Raw, bomUTF8)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", fmt.Errorf("the file holds a NUL byte at offset %d: it looks binary, not text", i)
	}
	if !utf8.Valid(raw) {
		return "", fmt.Errorf("the file is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(raw))
	}
	text := strings.ReplaceAll(string(raw), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", errors.New("the file holds only white space")
	}
	return text, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
