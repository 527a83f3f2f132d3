package input

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/claimx/claimx/internal/bucket"
)

// ArticleExtensions are the file types that hold one article each: text,
// Markdown and web pages.
var ArticleExtensions = []string{".txt", ".md", ".html", ".htm"}

// Extensions are the file types read from a directory: single articles and
// JSON Lines feeds.
var Extensions = append(slices.Clone(ArticleExtensions), ".jsonl", ".ndjson")

// Paths expands the inputs a user names into the files to read, in a
// stable order: a file as given, a directory walked recursively for article
// files (sorted), a glob pattern's matches, "-" for standard input, an
// object storage URL's object or, under its key, its article objects. A name
// that does not exist and a pattern that matches nothing are errors: they
// are typos, not articles.
func Paths(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		if in == "-" {
			out = append(out, in)
			continue
		}
		if bucket.IsURL(in) {
			found, err := objectPaths(in)
			if err != nil {
				return nil, err
			}
			out = append(out, found...)
			continue
		}
		info, err := os.Stat(in)
		if err != nil && strings.ContainsAny(in, "*?[") {
			matches, globErr := filepath.Glob(in)
			if globErr != nil || len(matches) == 0 {
				return nil, fmt.Errorf("input %s: no file matches the pattern", in)
			}
			expanded, err := Paths(matches)
			if err != nil {
				return nil, err
			}
			out = append(out, expanded...)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		if !info.IsDir() {
			out = append(out, in)
			continue
		}
		var found []string
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isArticleFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func isArticleFile(path string) bool {
	if strings.HasSuffix(path, ".meta.json") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}
