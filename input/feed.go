package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/claimx/claimx"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// feedLine is one line of a JSON Lines feed: an article, given as plain
// text or as an HTML page, and its metadata. The feed's id has no column
// in the output; a line is found again by its place, path:line.
type feedLine struct {
	ID any `json:"id"`
	Meta
	Text *string `json:"text"`
	HTML *string `json:"html"`
}

// readFeed hands on one article per non-blank line of the feed read from
// r, none for a feed of no lines. A line that cannot be read is an error article of its own, so one bad
// line costs nothing but itself. An article's Source is path:line, where
// it was read; the line's url is its URL.
func readFeed(path string, r *bufio.Reader, maxBytes int64, emit func(*claimx.Article) error) error {
	lines := newLineReader(feedText(r), maxBytes)
	for {
		line, long, err := lines.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return emit(failed(fmt.Sprintf("%s:%d", path, lines.n+1), fmt.Errorf("reading the feed stopped: %w", err)))
		}
		loc := fmt.Sprintf("%s:%d", path, lines.n)
		if !holdsArticle(line, long) {
			continue
		}
		var a *claimx.Article
		if long {
			a = failed(loc, fmt.Errorf("the line is longer than the limit of %d bytes (raise --max-bytes to read it)", maxBytes))
		} else {
			a = feedArticle(loc, line)
		}
		if err := emit(a); err != nil {
			return err
		}
	}
	return nil
}

// feedArticle builds the article of one feed line found at loc.
func feedArticle(loc string, line []byte) *claimx.Article {
	fail := func(err error) *claimx.Article {
		return &claimx.Article{ID: ID(line), Source: loc, Raw: line, Err: fmt.Errorf("%s: %w", loc, err)}
	}
	var item feedLine
	if trimmed := bytes.TrimSpace(line); trimmed[0] != '{' {
		return fail(errors.New("the line is not a JSON object"))
	}
	if err := json.Unmarshal(line, &item); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return fail(fmt.Errorf("field %q cannot hold a JSON %s", typeErr.Field, typeErr.Value))
		}
		return fail(fmt.Errorf("the line is not valid JSON: %w", err))
	}
	if err := item.check(); err != nil {
		return fail(err)
	}
	switch {
	case item.Text != nil && item.HTML != nil:
		return fail(errors.New(`both "text" and "html" are given; a line holds one article`))
	case item.Text != nil:
		return Article(loc, []byte(*item.Text), &item.Meta)
	case item.HTML != nil:
		return HTMLArticle(loc, []byte(*item.HTML), &item.Meta)
	}
	return fail(errors.New(`no "text" or "html" field: the line holds no article`))
}

// feedText is the feed read from r as UTF-8: without a byte-order mark, and
// decoded if one says UTF-16.
func feedText(r *bufio.Reader) *bufio.Reader {
	head, _ := r.Peek(3)
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		r.Discard(len(bomUTF8))
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		decoder := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(r, decoder), sniffLen)
	}
	return r
}

// holdsArticle reports whether a feed line is an article rather than a
// blank separator; a line too long to read is counted as one.
func holdsArticle(line []byte, long bool) bool {
	return long || len(bytes.TrimSpace(line)) > 0
}

// lineReader reads lines of at most limit bytes, skipping over the rest of
// longer lines, so that no line can take more memory than an article.
type lineReader struct {
	r     *bufio.Reader
	limit int64
	n     int // number of the line last read, from 1
}

func newLineReader(r *bufio.Reader, limit int64) *lineReader {
	return &lineReader{r: r, limit: limit}
}

// next returns the next line without its line ending, and whether it was
// longer than the limit (then line is empty). At the end it returns io.EOF.
func (l *lineReader) next() (line []byte, long bool, err error) {
	read := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if !long && int64(len(line)+len(chunk))-2 > l.limit { // -2: the line ending
			line, long = nil, true
		}
		if !long {
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && !read:
			return nil, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, false, err
		}
		l.n++
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, long, nil
	}
}

// Count is how many articles Read will hand on from paths, for a progress
// display: one per file, one per article line of a feed. It is false when
// it cannot know: standard input can be read only once.
func Count(paths []string, maxBytes int64) (int, bool) {
	n := 0
	for _, path := range paths {
		if path == "-" {
			return 0, false
		}
		n += countFile(path, maxBytes)
	}
	return n, true
}

func countFile(path string, maxBytes int64) int {
	f, _, err := Open(path)
	if err != nil {
		return 1 // an error article
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, sniffLen)
	head, _ := r.Peek(sniffLen)
	if Sniff(path, head) != Feed {
		return 1
	}
	lines := newLineReader(feedText(r), maxBytes)
	n := 0
	for {
		line, long, err := lines.next()
		if err != nil {
			break
		}
		if holdsArticle(line, long) {
			n++
		}
	}
	return n
}
