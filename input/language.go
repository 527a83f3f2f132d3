package input

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// Supported is the language the taggers are built for.
const Supported = "en"

// detectLanguage names the language of an article's running text as an
// ISO 639-1 code, "" when it cannot tell. Text mostly in Chinese characters
// is Chinese whatever English it holds: an English article with Chinese
// terms has far fewer.
func detectLanguage(text string) string {
	han, letters := 0, 0
	for _, r := range text {
		switch {
		case isHan(r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return ""
	}
	// A Chinese character carries about as much as an English word of
	// five letters.
	if 5*han > letters-han {
		if hasKana(text) {
			return "ja"
		}
		// A bilingual text prints its prose twice, once in Chinese and
		// once in another language: that language, read without the
		// Chinese, holds at least a third of the text's weight (its
		// letters against five a character), where a Chinese article's
		// quoted English or pinyin holds far less.
		if 2*(letters-han) >= 5*han {
			if lang := detectLanguage(withoutHan(text)); lang != "" {
				return lang
			}
		}
		return "zh"
	}
	markers, words := englishMarkers(text)
	if letters >= minLanguageLetters && plainlyEnglish(markers, words) {
		return Supported
	}
	// Trigram statistics need some text and a clear winner; short or
	// mixed text is left unnamed (and so tagged as English).
	info := whatlanggo.Detect(text)
	if letters < minLanguageLetters || info.Confidence < minLanguageConfidence {
		return ""
	}
	// Telegraphic English, a chronology or a digest of names, sources and
	// dates, holds fewer marker words than prose, and trigram statistics
	// may take its names for another language's words; no other
	// language's text holds English marker words even this often.
	if markers >= minTelegraphicMarkers && markers*telegraphicMarkerShare >= words {
		return Supported
	}
	return info.Lang.Iso6391()
}

// plainlyEnglish reports whether a text's English marker words ("the",
// "which") make up a share of its words that no other language's text
// reaches. It settles most articles for a fraction of the cost of trigram
// statistics, which decide the rest.
func plainlyEnglish(markers, words int) bool {
	return markers >= minEnglishMarkers && markers*englishMarkerShare >= words
}

// englishMarkers counts text's English marker words (lexicon.EnglishMarkers)
// and all its words.
func englishMarkers(text string) (markers, words int) {
	word := func(w string) {
		words++
		if lexicon.EnglishMarkers.Has(w) {
			markers++
		}
	}
	start := -1
	for i, r := range text {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			word(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return markers, words
}

// English running text holds about one marker word in eight; a sample
// needs one in twelve, and some of them, to be called English on them.
// Telegraphic English holds fewer; one in thirty, and a few, outweigh a
// trigram guess of another language.
const (
	minEnglishMarkers      = 8
	englishMarkerShare     = 12
	minTelegraphicMarkers  = 4
	telegraphicMarkerShare = 30
)

// Below these, a language guess is too often wrong to refuse an article on.
const (
	minLanguageLetters    = 120
	minLanguageConfidence = 0.5
)

// withoutHan is s with its Chinese characters dropped.
func withoutHan(s string) string {
	return strings.Map(func(r rune) rune {
		if isHan(r) {
			return -1
		}
		return r
	}, s)
}

func hasKana(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// unsupportedLanguage is the error of an article in a language the taggers
// do not handle, "" when claimx can tag it.
func unsupportedLanguage(source, lang string) error {
	if lang == Supported || lang == "" {
		return nil
	}
	return fmt.Errorf("%s: %w language %q: claimx tags English articles only", source, claimx.ErrUnsupported, lang)
}

// languageSample is how much running text language detection reads: a
// paragraph or two tell a language, and whatlanggo's scores are built for
// such text; over a few thousand characters its distances outgrow their
// scale and its confidence turns negative, so a long English article would
// go unnamed.
const languageSample = 1000

// setLanguage records the language of a's running text and, for a
// language the taggers do not handle, an unsupported-language error. It
// reads the first languageSample code points of the paragraphs, walking the
// text once rather than converting all of it.
func setLanguage(a *claimx.Article) {
	var sample strings.Builder
	pos, off, taken := 0, 0, 0
	for _, p := range a.Paragraphs {
		for pos < p.Start && off < len(a.Text) {
			_, size := utf8.DecodeRuneInString(a.Text[off:])
			off, pos = off+size, pos+1
		}
		for pos < p.End && off < len(a.Text) && taken < languageSample {
			r, size := utf8.DecodeRuneInString(a.Text[off:])
			sample.WriteRune(r)
			off, pos, taken = off+size, pos+1, taken+1
		}
		if taken >= languageSample {
			break
		}
		sample.WriteByte('\n')
	}
	a.Language = detectLanguage(sample.String())
	a.Err = unsupportedLanguage(a.Source, a.Language)
}
