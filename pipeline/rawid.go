package pipeline

import (
	"io"

	"github.com/claimx/claimx/input"
)

// sniffLen is how much of an input input.Read looks at to tell its format:
// rawID must tell it from the same bytes, or it could take a feed for one
// article.
const sniffLen = 64 << 10

// rawID is the article_id of the one article in the file at path, from its
// raw bytes, without decoding it or laying it out, and those bytes, which
// input.FileArticle builds the article from: the file is read once, and
// the article is the content whose ID was checked. ok is false for what
// only input.Read can tell: standard input, a feed (many articles), a file
// that cannot be read or is larger than maxBytes.
func rawID(path string, maxBytes int64) (id string, raw []byte, ok bool) {
	if path == "-" {
		return "", nil, false
	}
	f, size, err := input.Open(path)
	if err != nil {
		return "", nil, false
	}
	defer f.Close()
	if size < 0 || size > maxBytes {
		return "", nil, false
	}
	// The head first, in a buffer of its own size: a feed is neither read
	// nor given room whole here. Once it is known not to be one, the size
	// read from the file's metadata gives room for the rest at once, a
	// byte more to see its end.
	raw = make([]byte, 0, min(size, sniffLen)+1)
	raw, err = readAllInto(raw, io.LimitReader(f, sniffLen))
	if err != nil || input.Sniff(path, raw) == input.Feed {
		return "", nil, false
	}
	if int64(cap(raw)) <= size {
		raw = append(make([]byte, 0, size+1), raw...)
	}
	raw, err = readAllInto(raw, io.LimitReader(f, maxBytes+1-int64(len(raw))))
	if err != nil || int64(len(raw)) > maxBytes {
		return "", nil, false
	}
	return input.ID(raw), raw, true
}

// readAllInto appends all of r to buf, as io.ReadAll does to an empty one.
func readAllInto(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow, as io.ReadAll does
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
