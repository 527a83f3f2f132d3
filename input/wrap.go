package input

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A plain text may be hard-wrapped: each paragraph broken into lines that
// run to a common width. Such a break says nothing of the line's shape:
// the first line of a wrapped sentence may stop on a capitalised name
// ("… of State") and read as a headline. The width tells the two apart: a
// line that runs to it, its sentence closing on a line after it, was
// wrapped there.

// minWrapWidth and maxWrapWidth bound a text's wrap width in characters:
// lines wrapped narrower are a column's, where a headline's length falls
// in the width by chance, and lines wider are a paragraph each (tools wrap
// at 72 to 80, a page's measure a little wider).
const (
	minWrapWidth = 50
	maxWrapWidth = 100
)

// minWrapLines is the fewest lines a text needs for its width to be read.
const minWrapLines = 6

// wrapWidth is the width in characters that a hard-wrapped text's lines
// run to, 0 if the text is not wrapped to one: the width nine lines in ten
// are no wider than, when more than half its lines run near it. Lines are
// wrapped where the next word would not fit, by a tool's count of
// characters or a page's measure of their widths, so they stop short of
// it by up to a fifth.
func wrapWidth(text string) int {
	var widths []int
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			widths = append(widths, utf8.RuneCountInString(line))
		}
	}
	if len(widths) < minWrapLines {
		return 0
	}
	slices.Sort(widths)
	width := widths[len(widths)*9/10]
	if width < minWrapWidth || width > maxWrapWidth {
		return 0
	}
	near := 0
	for _, w := range widths {
		if runsTo(w, width) {
			near++
		}
	}
	if 2*near <= len(widths) {
		return 0
	}
	return width
}

// runsTo reports whether a line of n characters runs to a wrap width.
func runsTo(n, width int) bool {
	return n >= width-width/5 && n <= width+width/5
}

// wrappedFrom is the index of the block's first line from which on it is
// a paragraph wrapped to width: a line that runs to the width inside a
// sentence which closes on a line after it, each line between running to
// the width too; -1 if there is none. A by-line or a date line under a
// line is no part of its paragraph.
func wrappedFrom(t string, width int) int {
	if width == 0 {
		return -1
	}
	lines := strings.Split(t, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	for i, l := range lines[:len(lines)-1] {
		if !runsTo(utf8.RuneCountInString(l), width) || endsSentence(l) || headerField(l) || headerField(lines[i+1]) {
			continue
		}
		for _, next := range lines[i+1:] {
			if endsSentence(next) {
				return i
			}
			if !runsTo(utf8.RuneCountInString(next), width) {
				break
			}
		}
	}
	return -1
}
