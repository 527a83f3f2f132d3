package input

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/claimx/claimx"
)

// Article builds an article from the raw bytes of a text or Markdown
// article read from source: it decodes the text and lays it out. A problem
// is recorded in the article's Err, naming the source, so that one bad
// input never stops a batch.
func Article(source string, raw []byte, meta *Meta) *claimx.Article {
	a := &claimx.Article{ID: ID(raw), Source: source, Raw: raw}
	text, err := Decode(raw)
	if err != nil {
		a.Err = fmt.Errorf("%s: %w", source, err)
		return a
	}
	a.Text = text
	meta.apply(a)
	Layout(a)
	if a.Err == nil && len(a.Paragraphs) == 0 {
		a.Err = fmt.Errorf("%s: no running text found", source)
	}
	if a.Err != nil {
		return a
	}
	setLanguage(a)
	return a
}

// MaxBytes is the default limit on the size of one article.
const MaxBytes = 10 << 20

// ReadFile reads the one article in the file at path, text or HTML, with
// the metadata of its sidecar <stem>.meta.json when there is one. A feed,
// which holds many, is an error here: Read reads feeds.
func ReadFile(path string, maxBytes int64) *claimx.Article {
	var arts []*claimx.Article
	readInput(path, Stdin{Reader: os.Stdin}, maxBytes, func(a *claimx.Article) error {
		arts = append(arts, a)
		return nil
	})
	if len(arts) == 1 {
		return arts[0]
	}
	return failed(path, fmt.Errorf("a feed of %d articles, not one article", len(arts)))
}

// Stdin is standard input as Read reads it for the path "-".
type Stdin struct {
	io.Reader
	// Name is the Source of the articles read from it, in place of "-"
	// when not empty: the name of what was piped in.
	Name string
}

// Read reads the articles at paths in order ("-" is stdin) and hands each
// to emit, stopping early when ctx is done or emit fails. Whatever is wrong
// with an input (unreadable, too large, not text, a bad feed line) is
// handed on as an article with Err set, naming the input and the reason:
// the returned error is only ctx's or emit's. An input that holds no
// article (a feed of no lines, nothing on stdin) hands on nothing.
func Read(ctx context.Context, paths []string, stdin Stdin, maxBytes int64, emit func(*claimx.Article) error) error {
	emitLive := func(a *claimx.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return emit(a)
	}
	for _, path := range paths {
		if err := readInput(path, stdin, maxBytes, emitLive); err != nil {
			return err
		}
	}
	return nil
}

// readInput hands on the articles of one input: the article in a text or
// HTML file, or every article of a feed.
func readInput(path string, stdin Stdin, maxBytes int64, emit func(*claimx.Article) error) error {
	var r io.Reader = stdin
	source := path // what the articles' Source and errors name
	if path == "-" && stdin.Name != "" {
		source = stdin.Name
	}
	if path != "-" {
		f, _, err := Open(path)
		if err != nil {
			return emit(failed(path, openError(err)))
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF {
		return emit(failed(source, err))
	}
	if path == "-" && len(head) == 0 {
		return nil // nothing was piped in: no article, not an empty one
	}
	format := Sniff(path, head)
	if format == Feed {
		return readFeed(source, br, maxBytes, emit)
	}
	raw, id, err := readAll(br, maxBytes)
	if err != nil {
		a := failed(source, err)
		if id != "" {
			a.ID = id
		}
		return emit(a)
	}
	return emit(fileArticle(path, source, format, raw))
}

// FileArticle builds the one article of the file at path from raw, the
// file's bytes read whole (at most the size limit), as ReadFile builds it
// from the file: for a reader that has the bytes already and should not
// open and read the file a second time. The file must not be a feed.
func FileArticle(path string, raw []byte) *claimx.Article {
	return fileArticle(path, path, Sniff(path, raw[:min(len(raw), sniffLen)]), raw)
}

// fileArticle builds the article of an input's raw bytes in format, with
// its sidecar's metadata unless the input is standard input ("-").
func fileArticle(path, source string, format Format, raw []byte) *claimx.Article {
	var meta *Meta
	if path != "-" {
		var err error
		if meta, err = ReadSidecar(path); err != nil {
			return &claimx.Article{ID: ID(raw), Source: path, Raw: raw, Err: err}
		}
	}
	if format == HTML {
		return HTMLArticle(source, raw, meta)
	}
	return Article(source, raw, meta)
}

// readAll reads r whole when it holds at most maxBytes. A larger input is
// not kept but still read through, to give the article_id of its content
// and its size in the error.
func readAll(r io.Reader, maxBytes int64) (raw []byte, id string, err error) {
	raw, err = io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, "", err
	}
	if int64(len(raw)) <= maxBytes {
		return raw, "", nil
	}
	h := sha256.New()
	h.Write(raw)
	rest, err := io.Copy(h, r)
	if err != nil {
		return nil, "", err
	}
	size := int64(len(raw)) + rest
	return nil, hexID(h.Sum(nil)), fmt.Errorf("%d bytes, more than the limit of %d (raise --max-bytes to read it)", size, maxBytes)
}

// failed is the error article of an input whose content could not be read:
// its name stands in for the content in the article_id.
func failed(source string, err error) *claimx.Article {
	return &claimx.Article{ID: ID([]byte(source)), Source: source, Err: fmt.Errorf("%s: %w", source, err)}
}

// openError drops the path an open error repeats: failed names it first.
func openError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot open: %w", pe.Err)
	}
	return err
}
