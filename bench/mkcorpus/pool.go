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
			if item, ok := bulletItem(text); ok {
				p.bullets = append(p.bullets, item)
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

// bulletItem returns the text of a list item without its marker, which
// the paragraph keeps ("• Stocks are low."), and whether the paragraph is
// a bulleted item.
func bulletItem(text string) (string, bool) {
	for _, marker := range []string{"• ", "- ", "* "} {
		if item, ok := strings.CutPrefix(text, marker); ok {
			return strings.TrimLeft(item, " \t"), true
		}
	}
	return "", false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
