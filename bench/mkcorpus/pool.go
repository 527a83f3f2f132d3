package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimx/claimx/input"
)

// pool is what articles are made of: the parts of the seed articles, as
// claimx's own reader lays them out.
type pool struct {
	titles, authors, bullets, headings, paragraphs []string
}

func loadPool(dir string) (*pool, error) {
	paths, err := input.Paths([]string{dir})
	if err != nil {
		return nil, err
	}
	p := &pool{}
	headings := map[string]bool{}
	labels := map[string]bool{} // sections that head a bullet list
	for _, path := range paths {
		a := input.ReadFile(path, input.MaxBytes)
		if a.Err != nil {
			return nil, a.Err
		}
		if a.Title != "" {
			p.titles = append(p.titles, a.Title)
		}
		p.authors = append(p.authors, a.Authors...)
		runes := []rune(a.Text)
		for _, para := range a.Paragraphs {
			text := string(runes[para.Start:para.End])
			if isBullet(runes, para.Start) {
				p.bullets = append(p.bullets, text)
				labels[para.Section] = true
				continue
			}
			p.paragraphs = append(p.paragraphs, text)
			if para.Section != "" {
				headings[para.Section] = true
			}
		}
	}
	for h := range headings {
		if !labels[h] {
			p.headings = append(p.headings, h)
		}
	}
	// Map order is random; the corpus must not be.
	slices.Sort(p.headings)
	for name, part := range map[string][]string{"titles": p.titles, "authors": p.authors,
		"bullets": p.bullets, "headings": p.headings, "paragraphs": p.paragraphs} {
		if len(part) == 0 {
			return nil, fmt.Errorf("no %s found in the articles of %s", name, dir)
		}
	}
	return p, nil
}

// isBullet reports whether the paragraph starting at rune offset start is a
// list item: only a list marker stands before it on its line.
func isBullet(runes []rune, start int) bool {
	i := start
	for i > 0 && runes[i-1] != '\n' {
		i--
	}
	prefix := strings.TrimSpace(string(runes[i:start]))
	return prefix == "•" || prefix == "-" || prefix == "*"
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
