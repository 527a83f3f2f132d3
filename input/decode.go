// Package input reads articles, from plain text and Markdown files, web
// pages (their main text found by readability) and JSON Lines feeds: it
// decodes the raw bytes into text, finds the header (title, authors,
// publication date) and splits the running text into paragraphs under their
// section headings. Whatever is wrong with an input becomes the error of an
// article, so that one bad input never stops a batch.
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
	return hexID(sum[:])
}

// hexID is the article_id of a SHA-256 sum.
func hexID(sum []byte) string { return hex.EncodeToString(sum[:8]) }

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
	case len(raw) == 0:
		return "", errors.New("empty input: no bytes at all")
	case bytes.HasPrefix(raw, bomUTF8):
		raw = raw[len(bomUTF8):]
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		utf8Raw, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("starts with a UTF-16 byte-order mark but is not valid UTF-16: %w", err)
		}
		raw = bytes.TrimPrefix(utf8Raw, bomUTF8)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", fmt.Errorf("binary data, not text: a NUL byte at offset %d", i)
	}
	if !utf8.Valid(raw) {
		return "", fmt.Errorf("not valid UTF-8 text (first bad byte at offset %d); save it as UTF-8", firstInvalid(raw))
	}
	text := strings.ReplaceAll(string(raw), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return "", errors.New("empty input: only white space")
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

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, bomUTF8) || bytes.HasPrefix(raw, bomUTF16LE) || bytes.HasPrefix(raw, bomUTF16BE)
}
