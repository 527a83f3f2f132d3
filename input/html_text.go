package input

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/claimx/claimx"
)

// blockText renders the article node as plain text: every block (a
// paragraph, a heading, a list item) on lines of its own, blocks separated
// by a blank line, as Layout reads them. Tables are left out: their cells
// are data, not running text. It also returns the byte spans of the text
// of the blocks inside block quotations, in order.
func blockText(n *html.Node) (string, []claimx.Span) {
	var b blockWriter
	b.walk(n)
	b.endBlock()
	return b.out.String(), b.quoted
}

// blockWriter collects the text of an HTML tree, block by block, with
// white space collapsed as a browser shows it.
type blockWriter struct {
	out    strings.Builder // finished blocks
	block  strings.Builder // the block being written
	space  bool            // white space seen since the last word
	marker string          // list marker owed to the block's first word
	// quoting counts the block quotations open around the block being
	// written; quoted holds the byte spans in out of the blocks written
	// inside one.
	quoting int
	quoted  []claimx.Span
}

// skipped elements hold no running text.
var skipped = map[string]bool{
	"head": true, "script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "canvas": true, "iframe": true, "object": true,
	"table": true, "form": true, "button": true, "select": true, "textarea": true, "nav": true,
	// An image's caption and credit describe the picture, not the story.
	"figcaption": true,
}

// blocks are the elements that stand on their own lines.
var blocks = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true,
	"footer": true, "aside": true, "blockquote": true, "pre": true, "figure": true,
	"figcaption": true, "address": true, "details": true, "summary": true, "hr": true,
	"ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "li": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

func (b *blockWriter) walk(n *html.Node) {
	if n.Type == html.TextNode {
		b.text(n.Data)
		return
	}
	if n.Type == html.ElementNode {
		switch {
		case skipped[n.Data] || hidden(n):
			return
		case n.Data == "br":
			if b.block.Len() > 0 {
				b.block.WriteByte('\n')
			}
			b.space = false
			return
		case n.Data == "sup":
			if num, ok := footnoteNumber(n); ok {
				b.word("[" + num + "]")
				return
			}
		case blocks[n.Data]:
			b.endBlock()
			if n.Data == "blockquote" {
				b.quoting++
				defer func() { b.quoting-- }() // after the block inside is written
			}
			defer b.endBlock()
			if n.Data == "li" {
				b.marker = listMarker(n)
				// An item with no text of its own owes its marker to no one.
				defer func() { b.marker = "" }()
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

// text adds a text node's words, keeping one space where it had any.
func (b *blockWriter) text(s string) {
	words := strings.Fields(s)
	if len(words) == 0 {
		b.space = b.space || s != ""
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	b.space = b.space || unicode.IsSpace(first)
	for i, w := range words {
		b.space = b.space || i > 0
		b.word(w)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	b.space = unicode.IsSpace(last)
}

func (b *blockWriter) word(w string) {
	switch {
	case b.block.Len() == 0:
		b.block.WriteString(b.marker)
		b.marker = ""
	case b.space && !strings.HasSuffix(b.block.String(), "\n"):
		b.block.WriteByte(' ')
	}
	b.block.WriteString(w)
	b.space = false
}

// endBlock moves the block written so far to the output.
func (b *blockWriter) endBlock() {
	if b.block.Len() > 0 {
		if b.out.Len() > 0 {
			b.out.WriteString("\n\n")
		}
		start := b.out.Len()
		b.out.WriteString(strings.TrimRight(b.block.String(), "\n"))
		if b.quoting > 0 {
			b.quoted = append(b.quoted, claimx.Span{Start: start, End: b.out.Len()})
		}
		b.block.Reset()
	}
	b.space = false
}

// listMarker is how a list item starts in the text: "1. " in an ordered
// list, counting the items before it, "• " otherwise. Layout reads both
// as bullets.
func listMarker(li *html.Node) string {
	if li.Parent == nil || li.Parent.Data != "ol" {
		return "• "
	}
	n := 1
	for s := li.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.Data == "li" {
			n++
		}
	}
	return fmt.Sprintf("%d. ", n)
}

// footnoteNumber reads a superscript footnote reference, "3" or "[3]",
// which the text gives as "[3]" the way printed articles mark them.
func footnoteNumber(sup *html.Node) (string, bool) {
	var text strings.Builder
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			collect(c)
		}
	}
	collect(sup)
	num := strings.Trim(strings.TrimSpace(text.String()), "[]")
	if num == "" || len(num) > 3 || strings.Trim(num, "0123456789") != "" {
		return "", false
	}
	return num, true
}

// hidden reports whether an element is marked as not shown.
func hidden(n *html.Node) bool {
	for _, attr := range n.Attr {
		if attr.Key == "hidden" || attr.Key == "aria-hidden" && attr.Val == "true" {
			return true
		}
	}
	return false
}
