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
// raw bytes, without decoding it or laying it out. ok is false for what
// only input.Read can tell: standard input, a feed (many articles), a file
// that cannot be read or is larger than maxBytes.
func rawID(path string, maxBytes int64) (id string, ok bool) {
	if path == "-" {
		return "", false
	}
	f, size, err := input.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	if size < 0 || size > maxBytes {
		return "", false
	}
	// The head first: a feed is not read whole here.
	head, err := io.ReadAll(io.LimitReader(f, sniffLen))
	if err != nil || input.Sniff(path, head) == input.Feed {
		return "", false
	}
	rest, err := io.ReadAll(io.LimitReader(f, maxBytes+1-int64(len(head))))
	if err != nil || int64(len(head)+len(rest)) > maxBytes {
		return "", false
	}
	return input.ID(append(head, rest...)), true
}
