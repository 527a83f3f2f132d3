// Package term finds the runs of Chinese embedded in an article's English,
// segments and romanises each, and reads the English gloss the article
// gives for it.
package term

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/lexicon/senses"
	"github.com/claimx/claimx/segment"
)

// Terms fills Claim.Terms with every run of Chinese embedded in the English:
// its segmentation, pinyin and the English gloss the article gives for it.
// The Chinese dictionary is loaded lazily, once, when the first article
// holding Chinese arrives; one Terms is shared by all workers.
type Terms struct {
	load func() (*segment.Chinese, error)
	once sync.Once
	zh   *segment.Chinese // nil when loading failed
}

// New returns a Terms that loads its segmenter with load (normally
// segment.LoadChinese) when first needed. Should loading fail, terms are
// still found and glossed, each run kept as a single segment.
func New(load func() (*segment.Chinese, error)) *Terms {
	return &Terms{load: load}
}

// Tag works on the whole article text, like Citations, so that the English
// around a run is read even where a sentence break falls next to it; each
// term goes to the claim holding it whole, and one no claim holds whole (in
// the title line, a caption, a heading, a list of tags, or a run of Chinese
// sentences that the sentence breaks cut) to the article's own Terms, since
// every span a claim holds lies within it. It stops between terms once ctx
// is done.
func (t *Terms) Tag(ctx context.Context, a *claimx.Article) {
	for i := range a.Claims {
		a.Claims[i].Terms = nil
	}
	a.Terms = nil
	if !segment.HasHan(a.Text) {
		return
	}
	t.once.Do(func() {
		if zh, err := t.load(); err == nil {
			t.zh = zh
		}
	})
	var zh *cuts
	if t.zh != nil {
		zh = &cuts{Chinese: t.zh, made: make(map[[2]string][]string)}
	}
	rs := []rune(a.Text)
	found, err := findTerms(ctx, rs, termCitationOpens(a), zh)
	if err != nil {
		return
	}
	for _, f := range found {
		if ctx.Err() != nil {
			return
		}
		term := f.Term
		described := strings.Trim(f.Gloss+"; "+f.hint, "; ")
		segs := []string{term.Hanzi}
		// A run the text calls a person is a name, which is one segment
		// however the dictionary cuts it (蔡|英文), unless it is a word the
		// dictionary holds (高度).
		person := f.person && segment.PersonName(term.Hanzi) && (zh == nil || !zh.Known(term.Hanzi))
		if zh != nil {
			if !person {
				segs = zh.Segment(term.Hanzi, described)
				// A run printed with no gloss that the segmenter keeps
				// whole as a name, which the dictionary does not hold,
				// reads as one (cheng bingshun).
				person = described == "" && len(segs) == 1 && segment.PersonName(term.Hanzi) && !zh.Known(term.Hanzi)
			}
			term.Segments = segs
		}
		term.Pinyin, term.PinyinTones = segment.GlossPinyin(segs, described, person)
		if i, ok := locate.Claim(a.Claims, f.Start); ok && f.End <= a.Claims[i].End {
			a.Claims[i].Terms = append(a.Claims[i].Terms, term)
		} else {
			a.Terms = append(a.Terms, term)
		}
	}
}

// cuts is the segmenter Terms was given with the cuts it has made of one
// article's runs: the rules that read a run's words (its senses, a
// conjunct, a Chinese sentence's close) and the run's own segments ask
// for the same cuts, and an article prints a term more than once, so each
// run is cut once per gloss it is read with. The rules take a nil *cuts
// where the segmenter could not be loaded.
type cuts struct {
	*segment.Chinese
	made map[[2]string][]string // by run and gloss
}

// Segment returns the segmenter's words of run read with gloss, cut on
// the first call; callers share them and must not change them.
func (c *cuts) Segment(run, gloss string) []string {
	k := [2]string{run, gloss}
	segs, ok := c.made[k]
	if !ok {
		segs = c.Chinese.Segment(run, gloss)
		c.made[k] = segs
	}
	return segs
}

// foundTerm is a term before segmentation, with the pinyin printed beside it
// (which is not its gloss but confirms its segmentation).
type foundTerm struct {
	claimx.Term
	hint string
	// person: the text calls the run a person (personCue).
	person bool
}

// personCue reports whether the English around the run r calls it a
// person: a title right before it (President 蔡英文, Taiwan's president
// 賴清德, spokesperson 毛宁) or a verb of saying right after it (李家超
// said, 馬英九 told reporters).
func personCue(rs []rune, r [2]int) bool {
	if r[0] > 0 && rs[r[0]-1] == ' ' {
		words := glossClauseWords(rs[locate.LineStart(rs, r[0]):r[0]])
		if n := len(words); n > 0 && lexicon.IsTitle(words[n-1]) {
			return true
		}
	}
	if r[1]+1 < len(rs) && rs[r[1]] == ' ' {
		end := r[1] + 1
		for end < len(rs) && unicode.IsLetter(rs[end]) {
			end++
		}
		_, _, ok := lexicon.Lemma(strings.ToLower(string(rs[r[1]+1:end])), lexicon.ReportingVerbs.Has)
		return ok
	}
	return false
}

// glossIsTitle reports whether a gloss ends in a title: President,
// Defence Minister, spokesperson.
func glossIsTitle(g string) bool {
	words := strings.Fields(g)
	return len(words) > 0 && lexicon.IsTitle(words[len(words)-1])
}

// termCitationOpens returns the positions of the opening marks of the
// parentheses that hold citations: "网络主权 (Xinhua, 2014)" glosses nothing.
func termCitationOpens(a *claimx.Article) map[int]bool {
	opens := make(map[int]bool)
	for _, s := range cite.ArticleParens(a) {
		opens[s.Start] = true
	}
	return opens
}

// findTerms finds the runs of Chinese in rs and what the text says about
// each. Every run takes the gloss the article first prints for the same
// Chinese, as articles gloss a term where it first appears (a headline's
// New Quality Productive Forces 新质生产力) and later mentions, if they
// gloss it at all, paraphrase or discuss it (新质生产力 could be translated
// as either …).
func findTerms(ctx context.Context, rs []rune, citations map[int]bool, zh *cuts) ([]foundTerm, error) {
	runs := termRuns(rs)
	views := runViews(rs, runs, citations)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]foundTerm, len(runs))
	lay := layout{sideBySide: printsSideBySide(views), linePairs: printsLinePairs(views)}
	lay.linesBelow = !lay.linePairs && printsLinesBelow(views)
	lay.entries = printsEntries(views)
	lay.passages = printsPassages(views)
	for i, v := range views {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out[i] = describeRun(v.rs, v.r, v.runs, v.citations, lay, zh)
		out[i].Start, out[i].End = runs[i][0], runs[i][1]
	}
	given := make(map[string]foundTerm)
	person := make(map[string]bool)
	for _, f := range out {
		if g, seen := given[f.Hanzi]; !seen || laterGlossBetter(g.Gloss, f.Gloss, f.Hanzi, zh) {
			given[f.Hanzi] = f
		}
		person[f.Hanzi] = person[f.Hanzi] || f.person
	}
	for i, v := range views {
		out[i].person = person[out[i].Hanzi]
		g := given[out[i].Hanzi]
		out[i].Gloss = g.Gloss
		if out[i].hint == "" {
			out[i].hint = g.hint
		}
		if end := v.off + sentenceClose(v.rs, v.r, zh); end > runs[i][1] {
			// The stop is the run's, not its gloss's: read with the run
			// bare, the term takes it after.
			out[i].Hanzi, out[i].End = string(rs[runs[i][0]:end]), end
		}
	}
	return out, nil
}

// maxLineReach is the most characters of a run's line, either side of the
// run, that the rules read about it. A line that runs on further is a
// page flattened to one line (a feed's text that lost its breaks), whose
// far text says nothing about the run; reading all of it for every run
// would make the work grow with the square of the line's length.
const maxLineReach = 2000

// runView is the text the rules read about one run: rs itself, or where
// the run's line reaches further than maxLineReach, the part of rs within
// that reach, cut at a space; r, runs and citations are positions in it,
// and off is where it starts in rs.
type runView struct {
	rs        []rune
	r         [2]int
	off       int
	runs      [][2]int
	citations map[int]bool
}

// runViews returns each run's view, reading no more than maxLineReach
// characters each side of it.
func runViews(rs []rune, runs [][2]int, citations map[int]bool) []runView {
	var opens []int // the citations' marks in order, for a cut view's share
	views := make([]runView, len(runs))
	for i, r := range runs {
		lo, hi := 0, len(rs)
		if s := r[0] - maxLineReach; s > 0 && !slices.Contains(rs[s:r[0]], '\n') {
			lo = s
			for lo < r[0] && rs[lo] != ' ' {
				lo++
			}
		}
		if e := r[1] + maxLineReach; e < len(rs) && !slices.Contains(rs[r[1]:e], '\n') {
			hi = e
			for hi > r[1] && rs[hi-1] != ' ' {
				hi--
			}
		}
		if lo == 0 && hi == len(rs) {
			views[i] = runView{rs: rs, r: r, runs: runs, citations: citations}
			continue
		}
		if opens == nil {
			opens = slices.Sorted(maps.Keys(citations))
		}
		v := runView{rs: rs[lo:hi], r: [2]int{r[0] - lo, r[1] - lo}, off: lo, citations: make(map[int]bool)}
		for _, o := range runs[sort.Search(len(runs), func(k int) bool { return runs[k][0] >= lo }):] {
			if o[1] > hi {
				break
			}
			v.runs = append(v.runs, [2]int{o[0] - lo, o[1] - lo})
		}
		for _, o := range opens[sort.SearchInts(opens, lo):] {
			if o >= hi {
				break
			}
			v.citations[o-lo] = true
		}
		views[i] = v
	}
	return views
}

// fullStops are the full-width marks that close a Chinese sentence,
// which no English sentence ends with; chineseStops adds the question and
// exclamation marks typed on an English keyboard.
const (
	fullStops    = "。！？"
	chineseStops = fullStops + "!?"
)

// clauseMarks are the commas and semicolons that join the clauses of a
// Chinese sentence, full-width or typed on an English keyboard.
const clauseMarks = "，；,;"

// minSentenceWords is the fewest words of a run inside English, with no
// clauses, that reads as a sentence (我们|明天|见) rather than a word or
// a phrase the English sentence names (中国|梦, 和谐).
const minSentenceWords = 3

// listMarks are the spaces and bullets that may stand before the text of
// a line that opens it (  • 久久为功。).
const listMarks = " \t•·*-–—"

// sentenceClose returns where the run r ends with the mark closing it
// where the run is a Chinese sentence, as the run's own text: one that
// holds clauses or opens its line, closed by a stop full-width (不忘初心，
// 方得始终。) or typed on an English keyboard (您如何看待中俄关系?), or by a
// full stop after one that holds clauses (…不懈奋斗.); inside English, a
// sentence of minSentenceWords words or more closed by a full-width stop
// (He said 我们明天见。). A mark after a word or a list inside English
// is the English sentence's (the Chinese word for harmony is 和谐。 It …;
// 核心意识、看齐意识. These …), and so is one after a run of one word, a
// headword (内卷? It means …); a full stop typed twice or more (。。。,
// ...) is an ellipsis, the quoting writer's, who cut the sentence short.
// r[1] where no mark is the run's.
func sentenceClose(rs []rune, r [2]int, zh *cuts) int {
	i := r[1]
	if i >= len(rs) || !segment.IsHan(rs[i-1]) {
		return i
	}
	c := rs[i]
	clauses := slices.ContainsFunc(rs[r[0]:i], func(c rune) bool { return strings.ContainsRune(clauseMarks, c) })
	if !strings.ContainsRune(chineseStops, c) && !(c == '.' && clauses) {
		return i
	}
	if !clauses {
		opensLine := strings.Trim(string(rs[locate.LineStart(rs, r[0]):r[0]]), listMarks) == ""
		if !opensLine && !strings.ContainsRune(fullStops, c) {
			return i // a mark typed on an English keyboard inside English
		}
		if n := len(runWords(zh, string(rs[r[0]:i]))); n < 2 || n < minSentenceWords && !opensLine {
			return i
		}
	}
	for i < len(rs) && rs[i] == c {
		i++ // a question or exclamation mark typed twice or more: ？？, !!
	}
	if i-r[1] > 1 && (c == '。' || c == '.') {
		return r[1]
	}
	if i < len(rs) && (unicode.IsLetter(rs[i]) && !segment.IsHan(rs[i]) || unicode.IsDigit(rs[i])) && c == '.' {
		return r[1] // a full stop inside a word or a number
	}
	return i
}

// laterGlossBetter reports whether a later mention's gloss g of hanzi
// replaces the gloss first printed for it, first: where none was; where the
// first only romanises the run and the later one is English, which is what
// an English reader is told the term means (台灣 (Táiwān) in a heading,
// then Taiwan (台灣, Táiwān)); and where the later gloss is the first's
// last words after a function word, so that the first reached too far back
// into the English before it (the Concept of the Iron Rice Bowl (鐵飯碗),
// then the 鐵飯碗, or iron rice bowl), but not where it only shortens a
// full name (the Central Military Commission (中央军委), then the
// Commission (中央军委)).
func laterGlossBetter(first, g, hanzi string, zh *cuts) bool {
	switch {
	case g == "":
		return false
	case first == "":
		return true
	case romanises(first, hanzi) && !romanises(g, hanzi):
		return true
	case !glossStartsUpper(first) && !glossStartsUpper(g) && senseCloser(first, g, hanzi, zh):
		return true
	}
	fw, gw := strings.Fields(strings.ToLower(first)), strings.Fields(strings.ToLower(g))
	k := len(fw) - len(gw)
	// Words before the later gloss that end in a determiner or "of"
	// reached into a head noun's phrase around the name (Concept of the |
	// Iron Rice Bowl, Idea of | Common Prosperity); ending in a modifier
	// or another joining word they are the name's own (Central Military |
	// Commission, Belt and | Road Initiative, Socialism with | Chinese
	// Characteristics).
	return k > 0 && slices.Equal(fw[k:], gw) && (glossDeterminer(fw[k-1]) || fw[k-1] == "of")
}

// romanises reports whether gloss g only spells hanzi in pinyin, with tone
// marks (Táiwān) or in lower case (zhongguo hua), rather than translating
// it or naming it as English prints a name (Xi Jinping).
func romanises(g, hanzi string) bool {
	return (toneMarked(g) || !glossStartsUpper(g)) && segment.Spells(hanzi, g)
}

// maxNameChars is the most characters of a romanised name of three words
// (Ouyang Zhesheng, Chris Tang Ping-keung).
const maxNameChars = 40

// layout is what an article's printing of its Chinese says about all its
// runs.
type layout struct {
	sideBySide bool // names and terms beside their English (printsSideBySide)
	linePairs  bool // lines of English over lines of Chinese (printsLinePairs)
	linesBelow bool // lines of Chinese over lines of English (printsLinesBelow)
	entries    bool // a glossary's entries, each run and its English (printsEntries)
	passages   bool // paragraphs of Chinese over their English (printsPassages)
}

// minLinePairs is the fewest runs, each a line of its own under a line of
// English, that make an article's layout one of such pairs.
const minLinePairs = 3

// printsLinePairs reports whether an article prints its Chinese in lines
// of their own under their English, as lists of slogans and translations
// print each item: an English line (in any case, a sentence's stop
// perhaps closing it), then the Chinese on the next, for minLinePairs runs
// or more. Such an article's line over a run is the run's translation,
// where elsewhere only a title is (glossTitleAbove).
func printsLinePairs(views []runView) bool {
	n := 0
	for _, v := range views {
		rs, r := v.rs, v.r
		start := locate.LineStart(rs, r[0])
		if start < 2 || strings.TrimSpace(string(rs[start:r[0]])) != "" || strings.TrimSpace(strings.Trim(string(rs[r[1]:termLineEnd(rs, r[1])]), chineseStops)) != "" {
			continue
		}
		above := strings.TrimSpace(string(rs[locate.LineStart(rs, start-1) : start-1]))
		if len(strings.Fields(above)) > 1 && latin(above) && glossStartsUpper(above) {
			n++
		}
	}
	return n >= minLinePairs
}

// printsLinesBelow reports whether an article prints its Chinese in
// blocks of two lines, each run a line of its own opening its block and
// its English on the line under it, as bilingual lists of slogans and
// sayings print them Chinese first, for minLinePairs runs or more. Such an
// article's line under a run is the run's translation (glossLineBelow).
func printsLinesBelow(views []runView) bool {
	n := 0
	for _, v := range views {
		if glossLineBelow(v.rs, v.r) != "" {
			n++
		}
	}
	return n >= minLinePairs
}

// printsSideBySide reports whether an article prints its Chinese beside
// the English without brackets, as essays and translations in the manner
// of China Heritage do: some run of a name's length follows, a space apart,
// the capitalised words that spell it (Xu Zhangrun 許章潤). Such an article
// glosses its terms so too (its cult of personality 個人崇拜), where in
// others lower-case English against a run is running text (the slogan
// 共同富裕).
func printsSideBySide(views []runView) bool {
	for _, v := range views {
		rs, r := v.rs, v.r
		n := r[1] - r[0]
		if n < 2 || n > maxNameRun || r[0] < 2 || rs[r[0]-1] != ' ' || !unicode.IsLetter(rs[r[0]-2]) {
			continue
		}
		// Three words of a name lie within maxNameChars before it.
		words := glossClauseWords(rs[max(locate.LineStart(rs, r[0]), r[0]-maxNameChars):r[0]])
		for k := 2; k <= 3 && k <= len(words); k++ {
			name := words[len(words)-k:]
			if glossTitleCase(name) && segment.Spells(string(rs[r[0]:r[1]]), strings.Join(name, " ")) {
				return true
			}
		}
	}
	return false
}

// termRuns returns the [from, to) ranges of the runs of Chinese in rs: Han
// characters, with the capitals and digits written against them without a
// space (主权AI基础设施, 5G网络; not an English word, hasLower; before the
// run, only a designation), the dots inside a transliterated name
// (埃隆·马斯克) and the quotation marks of a quotation inside Chinese text
// (认识把握’两个确立’): a mark between two characters, and the mark after a
// character that closes one of those; the enumeration commas of a list
// (主权、安全、发展利益), which the run holds whole, and the full-width
// colons, commas and semicolons of a Chinese title or sentence between two
// characters (坚持稳中求进，推动高质量发展), and the stops between its
// sentences (应如何避免这一局面?中国将发挥什么作用). An ASCII colon there is the
// article's own typography, which may as well separate two runs (a
// collection's name: a title). Letters after a closing mark are not the
// run's.
func termRuns(rs []rune) [][2]int {
	alnum := func(r rune) bool { return unicode.IsLetter(r) && !segment.IsHan(r) || unicode.IsDigit(r) }
	var runs [][2]int
	for i := 0; i < len(rs); i++ {
		if !segment.IsHan(rs[i]) {
			continue
		}
		from := i
		for from > 0 && alnum(rs[from-1]) {
			from--
		}
		if hasLower(rs[from:i]) || !designation(rs[from:i]) {
			from = i
		}
		to, marks := i+1, 0
		for to < len(rs) {
			between := segment.IsHan(rs[to-1]) && to+1 < len(rs) && segment.IsHan(rs[to+1])
			if isQuoteMark(rs[to]) && segment.IsHan(rs[to-1]) && (between || marks%2 == 1) {
				marks++
			} else if !segment.IsHan(rs[to]) && !alnum(rs[to]) {
				end := innerMarksEnd(rs, to)
				if end == to {
					break
				}
				to = end
				continue
			} else if alnum(rs[to]) && isQuoteMark(rs[to-1]) {
				// English right after the closing mark is the gloss printed
				// against it: …《能上能下规定》Rules on ….
				break
			} else if alnum(rs[to]) && segment.IsHan(rs[to-1]) {
				end := to
				for end < len(rs) && alnum(rs[end]) {
					end++
				}
				if hasLower(rs[to:end]) {
					break
				}
			}
			to++
		}
		runs = append(runs, [2]int{from, to})
		i = to - 1
	}
	runs = joinAcrossGaps(rs, joinQuotedTitle(rs, joinTypedParens(rs, runs)))
	for i := range runs {
		runs[i][0] = openingTitleMark(rs, runs[i])
	}
	return runs
}

// chineseTitleMarks maps the marks that open a Chinese title or quotation
// to the ones that close it.
var chineseTitleMarks = map[rune]rune{'《': '》', '〈': '〉', '「': '」', '『': '』'}

// openingTitleMark returns where the run r starts with the Chinese mark
// opening a title it closes and goes on past (《环球时报》记者:…): the title
// is a word of the run, its marks the run's own. A title the run ends
// with keeps its marks apart, as the English that quotes it does.
func openingTitleMark(rs []rune, r [2]int) int {
	if r[0] == 0 {
		return r[0]
	}
	closer, ok := chineseTitleMarks[rs[r[0]-1]]
	if !ok {
		return r[0]
	}
	for i := r[0]; i < r[1]-1; i++ {
		switch rs[i] {
		case closer:
			return r[0] - 1
		case rs[r[0]-1]:
			return r[0]
		}
	}
	return r[0]
}

// quotedTitleScan bounds how far a quotation of Chinese is read for its
// closing mark.
const quotedTitleScan = 200

// titleQuotes maps the marks that open a quotation of Chinese to the ones
// that close it.
var titleQuotes = map[rune]rune{'"': '"', '“': '”', '「': '」', '『': '』'}

// joinQuotedTitle joins the runs that one quotation of Chinese holds whole,
// with the marks and spaces between them and the mark that ends it, into
// one run: a Chinese title quoted as reference lists print a source's
// ("高层会议首提"双循环"新格局, 释放哪些信号?" [The meeting first …]),
// where a comma typed with a space after it would split it. A quotation
// that holds English, or a single run, is left as it is.
func joinQuotedTitle(rs []rune, runs [][2]int) [][2]int {
	out := runs[:0:0]
	for i := 0; i < len(runs); i++ {
		end := quotedChineseEnd(rs, runs[i][0])
		j := i
		for j+1 < len(runs) && runs[j+1][1] <= end {
			j++
		}
		if j == i {
			out = append(out, runs[i])
			continue
		}
		out = append(out, [2]int{runs[i][0], end})
		i = j
	}
	return out
}

// quotedChineseEnd returns the position of the mark closing a quotation
// that opens right before start and holds nothing but Chinese, figures,
// punctuation and spaces, -1 if there is none. A closing mark with Chinese
// right after it closes a quotation inside (首提"双循环"新格局).
func quotedChineseEnd(rs []rune, start int) int {
	if start == 0 {
		return -1
	}
	closer, ok := titleQuotes[rs[start-1]]
	if !ok || start > 1 && segment.IsHan(rs[start-2]) {
		return -1
	}
	for j := start; j < len(rs) && j < start+quotedTitleScan && rs[j] != '\n'; j++ {
		switch r := rs[j]; {
		case r == closer && (j+1 == len(rs) || !segment.IsHan(rs[j+1])):
			return j
		case unicode.IsLetter(r) && !segment.IsHan(r):
			return -1
		}
	}
	return -1
}

// gapKind is what the text between two runs of Chinese makes of them.
type gapKind int

const (
	gapBreaks gapKind = iota // two runs
	gapJoins                 // one run
	gapItems                 // a comma and a space: one run, unless a list's
)

// joinAcrossGaps joins the runs of one line that the text between them
// continues, as a run goes on across a single space between its words
// (光復香港 時代革命, 中共中央 国务院 中央军委印发), its punctuation with the
// space after it (削弱。 中方认为, 稳增长, 保就业), figures before its next
// characters (中国新书(英文版) 2023年6期), and a parenthesis of Chinese typed
// against it (爱国(主义)统一战线). It ends at a line break, at a
// parenthesis opened after a space (中华人民共和国 (简体中文)), at English
// or quotation marks between runs, and at the commas of a list that holds
// items other than Chinese (Tags: Chinese media, 环球网, 环球时报, Dai Xu).
func joinAcrossGaps(rs []rune, runs [][2]int) [][2]int {
	if len(runs) < 2 {
		return runs
	}
	kinds := make([]gapKind, len(runs)-1)
	for i := range kinds {
		kinds[i] = runGap(rs, runs[i], runs[i+1])
	}
	// A chain of runs joined by commas is a list's items where the list
	// goes on past it in other items.
	for i := 0; i < len(kinds); {
		j := i
		items := 0
		for j < len(kinds) && kinds[j] != gapBreaks {
			if kinds[j] == gapItems {
				items++
			}
			j++
		}
		if items > 0 && listGoesOn(rs, runs[i][0], runs[j][1], items+1) {
			for k := i; k < j; k++ {
				if kinds[k] == gapItems {
					kinds[k] = gapBreaks
				}
			}
		}
		i = j + 1
	}
	out := runs[:1:1]
	for i, k := range kinds {
		if k == gapBreaks {
			out = append(out, runs[i+1])
			continue
		}
		out[len(out)-1][1] = runs[i+1][1]
	}
	return out
}

// joinTypedParens joins a run and the parenthesis typed against it that
// holds one run of Chinese and nothing else (爱国(主义)统一战线, 中国新书(英文版)),
// the closing mark included; a parenthesis opened after a space, or one
// holding anything else, is not the run's.
func joinTypedParens(rs []rune, runs [][2]int) [][2]int {
	out := runs[:0:0]
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		for i+1 < len(runs) && runs[i+1][0] == r[1]+1 && isTermParenOpen(rs[r[1]]) &&
			runs[i+1][1] < len(rs) && strings.ContainsRune(termBrackets[rs[r[1]]], rs[runs[i+1][1]]) {
			i++
			r[1] = runs[i][1] + 1
			if i+1 < len(runs) && runs[i+1][0] == r[1] {
				i++ // Chinese goes on after the closing mark
				r[1] = runs[i][1]
			}
		}
		out = append(out, r)
	}
	return out
}

// runGap says what the text between the runs a and b makes of them: one
// run across inner marks with at most one space after them and figures
// before b (。 , ,2024,  2023); items across an ASCII comma or
// semicolon with a space after it.
func runGap(rs []rune, a, b [2]int) gapKind {
	gap := rs[a[1]:b[0]]
	if len(gap) == 0 {
		return gapJoins
	}
	k := 0
	for k < len(gap) && isInnerMark(gap[k]) {
		k++
	}
	marks := k
	if k < len(gap) && (gap[k] == ' ' || gap[k] == '\u3000') {
		k++
	}
	for k < len(gap) && unicode.IsDigit(gap[k]) {
		k++
	}
	switch {
	case k < len(gap):
		return gapBreaks
	case marks == 1 && strings.ContainsRune(",;", gap[0]) && len(gap) > 1:
		return gapItems
	}
	return gapJoins
}

// listGoesOn reports whether the text on the line around the runs from
// from to to, which a comma and a space part into n items, makes them a
// list's items: a comma or semicolon right before them, or after them a
// comma or an English conjunction (环球网, 环球时报, Dai Xu; 稳增长, 保就业 and
// more); or a parenthesis holding them alone, which glosses the English
// before it item by item (sovereignty, security and development interests
// (主权, 安全, 发展利益)); or English prose on both sides naming three items
// or more (officials cited 春耕, 秋收, 冬藏 in speeches). English on both
// sides of two is no sign of a list by itself, as a slogan or a saying of
// two halves is printed the same way (the motto 团结, 奋进 won).
// It reads only the marks next to the runs, so a long line costs no more
// per gap than a short one.
func listGoesOn(rs []rune, from, to, n int) bool {
	i := from
	for i > 0 && rs[i-1] == ' ' {
		i--
	}
	if i > 0 && (rs[i-1] == ',' || rs[i-1] == ';') {
		return true
	}
	after := rs[to:]
	if n >= 3 && i > 0 && i < from && unicode.In(rs[i-1], unicode.Latin) &&
		(len(after) > 1 && after[0] == ' ' && unicode.In(after[1], unicode.Latin) || hasRunePrefix(after, ".")) {
		return true
	}
	return hasRunePrefix(after, ",") || hasRunePrefix(after, ";") ||
		hasRunePrefix(after, " and ") || hasRunePrefix(after, " or ") ||
		from > 0 && isTermParenOpen(rs[from-1]) && to < len(rs) && isTermParenClose(rs[to])
}

// hasRunePrefix reports whether rs opens with the ASCII text p.
func hasRunePrefix(rs []rune, p string) bool {
	if len(rs) < len(p) {
		return false
	}
	for k := range len(p) {
		if rs[k] != rune(p[k]) {
			return false
		}
	}
	return true
}

// designation reports whether the figures or capitals typed right before
// a run, if any, name something with it as one word: mixing both (5G基站,
// C919客机), or a single capital, which Chinese writes into words of its
// own (A股, X光机, B站). Figures alone are a year or a count that Chinese
// prints in figures (2021年五大新闻, 2023年6期), and capitals alone an
// English word or acronym typed against the run (VPN翻墙, APP下载):
// neither is part of the run of Chinese.
func designation(rs []rune) bool {
	return len(rs) <= 1 && !slices.ContainsFunc(rs, unicode.IsDigit) || slices.ContainsFunc(rs, unicode.IsDigit) && slices.ContainsFunc(rs, unicode.IsLetter)
}

// hasLower reports whether the letters written against a run hold a
// lower-case one: an English word (home, Food) that a menu or a list of
// links ran into the Chinese when its spaces were lost, where the letters
// and digits of a term itself are capitals and figures (主权AI基础设施, 5G网络,
// 中国制造2025).
func hasLower(rs []rune) bool { return slices.ContainsFunc(rs, unicode.IsLower) }

// innerPunctuation are the marks that, between two Chinese characters,
// belong to the run they stand in: a title's or a speaker's colon, a
// sentence's commas and stops, full-width or typed on an English keyboard
// (厉害了,我的国; 稳就业;保民生; 新华社记者:您刚刚提到), and the signs and
// dashes a text writes between its characters (禾+口, 七*转八起, 和/或).
const innerPunctuation = "：:" + clauseMarks + chineseStops + "+*/-~–—…"

// maxInnerMarks is the most marks typed one after another inside a run
// (章程--人民网, ？！).
const maxInnerMarks = 3

// isInnerMark reports whether r is a mark a run may hold between its
// characters: inner punctuation, a name's dot or an enumeration comma.
func isInnerMark(r rune) bool {
	return segment.IsNameDot(r) || r == enumerationComma || strings.ContainsRune(innerPunctuation, r)
}

// innerMarksEnd returns where the marks at i end when a run goes on past
// them: they stand after a Chinese character and before another, or before
// figures that one follows (提到,2024年); i where the run ends at i.
func innerMarksEnd(rs []rune, i int) int {
	if i == 0 || !segment.IsHan(rs[i-1]) {
		return i
	}
	k := i
	for k < len(rs) && k-i < maxInnerMarks && isInnerMark(rs[k]) {
		k++
	}
	j := k
	for j < len(rs) && unicode.IsDigit(rs[j]) {
		j++
	}
	if k == i || j == len(rs) || !segment.IsHan(rs[j]) {
		return i
	}
	return k
}

// termPiece is one piece of a parenthesis: a run of Chinese, or the text
// between runs and separators.
type termPiece struct {
	from, to int
	han      bool
}

// termParenScan bounds how far from a run a parenthesis mark is looked for.
const termParenScan = 300

// termParen returns the marks of the innermost parenthesis around the run r
// on the same line: (连江县; also Matsu (马祖)) holds 连江县, and its inner
// parenthesis holds 马祖. A parenthesis the line never closes, opened right
// before the run, ends with the line: (四早: early detection, … cut off.
func termParen(rs []rune, r [2]int) (open, close int, ok bool) {
	depth := 0
	for i := r[0] - 1; i >= 0 && i >= r[0]-termParenScan && rs[i] != '\n'; i-- {
		switch _, opens := termBrackets[rs[i]]; {
		case isTermParenClose(rs[i]):
			depth++
		case opens && depth > 0:
			depth--
		case opens:
			close, ok = termParenClose(rs, i)
			if end := termLineEnd(rs, r[1]); !ok && close == 0 && end-i <= termParenScan && strings.TrimSpace(string(rs[i+1:r[0]])) == "" {
				// An excerpt cut off inside the parenthesis that opens
				// with the run: it runs to the end of the line.
				return i, end, true
			}
			return i, close, ok && close >= r[1]
		}
	}
	return 0, 0, false
}

// termLineEnd returns where the line holding position i ends.
func termLineEnd(rs []rune, i int) int {
	for i < len(rs) && rs[i] != '\n' {
		i++
	}
	return i
}

// termParenClose returns the mark that closes the parenthesis opened at
// open, past any parenthesis nested in it. A mark of another kind closes it
// only where a typist slipped: a round parenthesis closed by a square
// bracket, (心理战, xinlizhan], when nothing after it on the line closes
// it rightly (slipped); else it closes none.
func termParenClose(rs []rune, open int) (int, bool) {
	depth := 0
	for i := open + 1; i < len(rs) && i <= open+termParenScan && rs[i] != '\n'; i++ {
		switch {
		case isTermParenOpen(rs[i]):
			depth++
		case isTermParenClose(rs[i]) && depth > 0:
			depth--
		case isTermParenClose(rs[i]):
			return i, strings.ContainsRune(termBrackets[rs[open]], rs[i]) || slipped(rs, open, i)
		}
	}
	return 0, false
}

// slipped reports whether the mark at close, of another kind than the one
// opened at open, is a slip for the right one: no mark of the right kind
// closes anything before the line ends, and the parenthesis holds no more
// than two pieces (a run and its pinyin or English), as a term's does.
func slipped(rs []rune, open, close int) bool {
	right := termBrackets[rs[open]]
	for i := close + 1; i < len(rs) && i <= open+termParenScan && rs[i] != '\n'; i++ {
		if strings.ContainsRune(right, rs[i]) {
			return false
		}
		if isTermParenOpen(rs[i]) {
			break
		}
	}
	return strings.Count(string(rs[open+1:close]), ",")+strings.Count(string(rs[open+1:close]), ";") <= 1
}

// termBrackets maps each mark that sets a gloss or a term apart, round
// parentheses and square brackets alike (“strategic issue” [战略问题]), to
// the marks that close it.
var termBrackets = map[rune]string{'(': ")）", '（': ")）", '[': "]", '【': "】"}

func isTermParenOpen(r rune) bool {
	_, ok := termBrackets[r]
	return ok
}

func isTermParenClose(r rune) bool { return strings.ContainsRune(")）]】", r) }

// termPieces splits the content of a parenthesis into the runs of Chinese
// and the text between them, cut at separators.
func termPieces(rs []rune, open, close int, runs [][2]int) []termPiece {
	var out []termPiece
	start := open + 1
	flush := func(end int) {
		if strings.TrimSpace(string(rs[start:end])) != "" {
			out = append(out, termPiece{from: start, to: end})
		}
	}
	k := sort.Search(len(runs), func(k int) bool { return runs[k][0] > open })
	for i := open + 1; i < close; {
		if k < len(runs) && runs[k][0] == i {
			flush(i)
			out = append(out, termPiece{from: i, to: runs[k][1], han: true})
			i, start = runs[k][1], runs[k][1]
			k++
			continue
		}
		if strings.ContainsRune(",;，；、/", rs[i]) {
			flush(i)
			start = i + 1
		}
		// A quotation of English is one piece, its commas and all:
		// ("eastern data, western computing").
		if q := termQuoteClose(rs, i, close); q > 0 {
			i = q
			if strings.ContainsRune(",;", rs[q-1]) {
				// A comma inside the closing mark ends the piece too:
				// (literally "lying flat," a rejection of the rat race).
				flush(q + 1)
				start = q + 1
			}
		}
		// A parenthesis nested in this one is part of the piece it stands
		// in, and its runs are glossed by it, not by this one.
		if c, ok := termParenClose(rs, i); ok && isTermParenOpen(rs[i]) && c < close {
			for k < len(runs) && runs[k][0] < c {
				k++
			}
			i = c
		}
		i++
	}
	flush(close)
	return out
}

// termQuoteClose returns the position of the mark that closes the
// quotation opened at i before end, 0 if rs[i] opens none or the quotation
// holds Chinese, whose runs are pieces of their own.
func termQuoteClose(rs []rune, i, end int) int {
	closer, ok := glossOpeningQuotes[rs[i]]
	if rs[i] == '"' {
		closer, ok = '"', true
	}
	if !ok {
		return 0
	}
	for j := i + 1; j < end; j++ {
		switch {
		case segment.IsHan(rs[j]):
			return 0
		case rs[j] == closer && !inWord(rs, j):
			return j
		}
	}
	return 0
}

// describeRun gathers what the text says about the run r: its gloss, and
// the pinyin printed beside it.
func describeRun(rs []rune, r [2]int, runs [][2]int, citations map[int]bool, lay layout, zh *cuts) foundTerm {
	hanzi := string(rs[r[0]:r[1]])
	f := foundTerm{Term: claimx.Term{Hanzi: hanzi, Span: claimx.Span{Start: r[0], End: r[1]}}}
	open, close, inside := termParen(rs, r)
	if !inside {
		f.Gloss, f.hint = glossOutside(rs, r, runs, citations, lay, zh)
		f.person = personCue(rs, r) && segment.PersonName(hanzi)
		label := r[1] < len(rs) && (rs[r[1]] == ':' || rs[r[1]] == '：')
		if f.person && (glossIsTitle(f.Gloss) || label && !segment.Spells(hanzi, f.Gloss)) {
			// The office before a name is no gloss of it (Defence
			// Minister 顧立雄, Taiwan's president 賴清德), nor is the
			// speech after a transcript's label (Spokesperson 毛宁: Good
			// afternoon).
			f.Gloss = ""
		}
		return f
	}
	if citations[open] && strings.TrimSpace(string(rs[open+1:r[0]])) != "" {
		// A source's parenthesis glosses nothing, but one the run opens
		// is the run's, its dates a person's life or a year of its use
		// (Mao Zedong (毛泽东, 1893–1976), People's Daily (人民日报, 2021)).
		return f
	}
	if q, ok := glossOpeningQuote(strings.TrimPrefix(string(rs[r[1]:close]), " ")); ok && latin(q) && !segment.HasHan(q) {
		// A quotation right after the run inside the parenthesis is its
		// translation, as encyclopedias print a term among examples:
		// (e.g., xuānchuánzhàn 宣传战 "propaganda war"). The pinyin
		// before the run still guides its segments.
		f.Gloss = trimGloss(q)
		if p, _ := romanisationBefore(rs, open+1, r[0], hanzi); p != "" {
			f.hint = p
		}
		return f
	}
	pieces := termPieces(rs, open, close, runs)
	english, pinyin := besideRun(rs, pieces, hanzi)
	if g := clausesTranslated(rs, pieces, hanzi); g != "" {
		english = g
	}
	f.hint = pinyin
	// Several runs in one parenthesis share the phrase before it, one part
	// each when it lists as many: “unite, consolidate” (团结, 巩固), “unite”
	// and “consolidate” (团结, 巩固).
	var nth, count int
	for _, p := range pieces {
		if p.han {
			if p.from == r[0] {
				nth = count
			}
			count++
		}
	}
	if scriptForms(rs, pieces) {
		// The forms of one term in two scripts share the whole phrase.
		nth, count = 0, 1
	}
	var before string
	spoken := false // whether pinyin is the English sentence's own word for the run
	switch glosses := glossBefore(rs, locate.LineStart(rs, open), open, hanzi, count, zh); {
	case len(glosses) == count:
		before = glosses[nth]
	case len(glosses) == 1: // one phrase for several runs, split if it lists them
		before = glosses[0]
		if parts, ok := splitGlossList(before, count); ok {
			before = parts[nth]
		}
	}
	if count == 1 {
		if lead := leadSubject(rs, open, close, pieces, hanzi); lead != "" {
			before = lead
		} else if q := sentenceTranslated(rs, r, open, close, hanzi); before == "" && q != "" {
			before = q
		}
	}
	if start := locate.LineStart(rs, open); count == 1 {
		if p, at := romanisationBefore(rs, start, open, hanzi); p != "" {
			// Pinyin, not English, before the parenthesis: wangluo zhuquan
			// (网络主权). English joined to it by "or" is the gloss:
			// “framing words,” or tifa (提法), and so is English after the
			// parenthesis joined by a lead-in.
			f.hint = strings.Trim(f.hint+"; "+p, "; ")
			if alt := translationBeforeRomanisation(rs, start, at); alt != "" {
				english = alt
			} else if pinyin == "" {
				pinyin, spoken = p, true
			}
			if english == "" {
				// English after the parenthesis, set off by a lead-in:
				// huayuquan (话语权), or discourse power.
				english = glossAfter(rs, close+1, hanzi)
			}
			before = ""
		} else if p, at := quotedRomanisationBefore(rs, start, open, hanzi); p != "" && english == "" {
			// A romanisation in quotation marks is the English's own
			// name for the run ("guanxi" (关系)), unless the article
			// pairs it with a translation, as it does the pinyin above:
			// “struggle,” or "douzheng" (斗争); "hukou" (户口), or
			// “household registration”; "taoguang" (韬光), means to
			// conceal one's talent.
			alt := translationBeforeRomanisation(rs, start, at)
			if alt == "" {
				alt = glossAfter(rs, close+1, hanzi)
			}
			if alt != "" {
				f.hint = strings.Trim(f.hint+"; "+p, "; ")
				english, before = alt, ""
			}
		}
	}
	if before == "" && english == "" && pinyin != "" && count == 1 {
		// The run's pinyin beside it makes the English before the
		// parenthesis its translation, a word for a term too: specific
		// formulations (tifa 提法), the slogan (kouhao 口号).
		before = glossTermNounBefore(rs, locate.LineStart(rs, open), open)
	}
	if english != "" && isGlossAcronym(before) {
		// An acronym before the parenthesis, the name it stands for inside
		// it: the CPPCC (Chinese People's Political Consultative
		// Conference, 中国人民政治协商会议).
		before = ""
	}
	if english != "" && count == 1 && translatesRun(rs, pieces) && (!quotedBefore(rs, open) || romanises(before, hanzi)) {
		// English right after the run inside its parenthesis is the
		// run's own translation, where the words before the parenthesis
		// are only the sentence it stands in: promoted (共同富裕, common
		// prosperity); a quotation before it is the gloss the article
		// chose (“cyber sovereignty” (网络主权, network sovereignty)),
		// unless it only spells the run ("tangping" (躺平, lying flat)).
		before = ""
	}
	if before != "" && segment.Spells(hanzi, before) && romanisationOpens(rs, open, before) && !spelledName(before, hanzi) && !knownName(before) {
		// The run's pinyin opening the sentence before the parenthesis,
		// capitalised as the sentence's first word, gives way to its
		// translation: inside the parenthesis after a lead-in or a
		// separator (Zhengnengliang (正能量; lit. "positive energy"),
		// Guanxi (关系; personal connections)), or after it, set off by a
		// lead-in or dashes (Guanxi (关系), or personal connections,). A
		// name keeps its romanisation: the region known as Xinjiang (新疆,
		// literally meaning New Frontier), and so does a person's, every
		// word capitalised, that opens its sentence (He Lifeng (何立峰),
		// vice premier, …), and a place or body the gazetteer knows
		// (Xiamen (厦门), meaning "door to the house", names the city). The
		// pinyin still says where its words break.
		translation := ""
		switch {
		case english != "" && (translatedInside(rs, pieces) || translatesRun(rs, pieces)):
			translation = english
		case english == "" && pinyin == "":
			translation = glossAfter(rs, close+1, hanzi)
		}
		if translation != "" {
			f.hint = strings.Trim(f.hint+"; "+before, "; ")
			before, english = "", translation
		}
	}
	if before != "" && count == 1 {
		before = extendBySense(rs, locate.LineStart(rs, open), open, before, hanzi, zh)
	}
	switch {
	case before != "":
		f.Gloss = before
	case english != "":
		f.Gloss = english
	case printedRomanisation(pinyin) && (spoken || romanisesName(rs, r, pinyin, zh)):
		f.Gloss = pinyin // a name printed beside the run (秦刚, Qin Gang), or the sentence's word: huàyǔ quán (话语权)
	}
	if nextSentenceMayGloss(f.Gloss, hanzi) {
		// The sentence after may say what it means: man man lai (慢慢来)
		// whenever I rushed. The word-for-word rendering is “slowly
		// slowly come.”
		if n := glossNextSentence(rs, r, hanzi); n != "" {
			f.Gloss = n
		}
	}
	return f
}

// leadSubject returns the subject of an encyclopedia's definition, whole,
// where a parenthesis that labels the run's language stands between it and
// the verb "to be": Building a beautiful countryside (Chinese: 建设美丽乡村;
// pinyin: …) is a policy; In Guangdong, village cadres or grassroots
// officials (Chinese: 基层干部) are …. Such a subject opens its line, or follows the
// one phrase a comma sets off before it, and is a noun phrase of any
// shape, a gerund's too, which the noun phrase read back from the
// parenthesis would cut short (beautiful countryside); "or" joins its other name.
// "" for any other
// parenthesis, and for a subject that is the run's romanisation, which
// describeRun weighs on its own.
func leadSubject(rs []rune, open, close int, pieces []termPiece, hanzi string) string {
	if len(pieces) < 2 || pieces[0].han || !pieces[1].han {
		return ""
	}
	label := strings.TrimRight(strings.TrimSpace(string(rs[pieces[0].from:pieces[0].to])), ":：")
	if !lexicon.LanguageLabels.Has(strings.ToLower(strings.TrimSpace(label))) {
		return ""
	}
	after := strings.Fields(string(rs[close+1 : termLineEnd(rs, close)]))
	if len(after) == 0 || !lexicon.Be.Has(strings.ToLower(after[0])) {
		return ""
	}
	words := glossClauseWords(rs[locate.LineStart(rs, open):open])
	if i := slices.Index(words, ","); i >= 0 {
		words = words[i+1:]
	}
	if len(words) > 0 && glossDeterminer(strings.ToLower(words[0])) {
		words = words[1:]
	}
	limit := maxGlossNounPhrase
	if glossTitleCase(words) {
		limit = maxTitleWords
	}
	if len(words) < 2 || len(words) > limit || slices.Contains(words, ",") {
		return ""
	}
	if _, owned := glossPossessive(words[0]); owned {
		return "" // the owner is not the name's: China's theater commands
	}
	// A title makes the subject a person's name with their office, which
	// the name alone glosses ("Premier Li Qiang", "Former president Hu
	// Jintao").
	if slices.ContainsFunc(words, lexicon.IsTitle) {
		return ""
	}
	for i, w := range words[1:] {
		lw := strings.ToLower(w)
		if glossStop(lw) && !lexicon.PhraseConnectors.Has(lw) && lw != "or" || glossIsVerb(words, i+1) {
			return ""
		}
	}
	if g := strings.Join(words, " "); !segment.Spells(hanzi, g) {
		return g
	}
	return ""
}

// scriptForms reports whether every run of a parenthesis, two or more,
// follows a label naming its script or language (simplified Chinese: 战区;
// traditional Chinese: 戰區): the forms of one term, not a list of terms.
func scriptForms(rs []rune, pieces []termPiece) bool {
	forms := 0
	for k, p := range pieces {
		if !p.han {
			continue
		}
		if k == 0 || pieces[k-1].han || pieces[k-1].to != p.from {
			return false
		}
		label, ok := strings.CutSuffix(strings.TrimSpace(string(rs[pieces[k-1].from:pieces[k-1].to])), ":")
		if !ok || !lexicon.LanguageLabels.Has(strings.ToLower(strings.TrimSpace(label))) {
			return false
		}
		forms++
	}
	return forms > 1
}

// clausesTranslated returns the English of a parenthesis, whole, commas
// and all, for a run of clauses that a comma, an enumeration comma or a
// semicolon joins (光复香港，时代革命; 不忘初心、牢记使命),
// in the parenthesis after the run or opening it: 不忘初心，牢记使命
// (remain true to our original aspiration, keep our mission firmly in
// mind). "" where the run holds no comma, or the parenthesis holds
// anything but English: the run's pinyin, an acronym, a date.
func clausesTranslated(rs []rune, pieces []termPiece, hanzi string) string {
	if len(pieces) > 0 && pieces[0].han {
		pieces = pieces[1:]
	}
	if len(pieces) < 2 || !strings.ContainsAny(hanzi, "，,、；;") {
		return ""
	}
	for _, p := range pieces {
		s := cleanGlossPiece(string(rs[p.from:p.to]))
		if p.han || s == "" || segment.Spells(hanzi, s) || isGlossAcronym(s) || glossDateLike(s) {
			return ""
		}
	}
	return cleanGlossPiece(string(rs[pieces[0].from:pieces[len(pieces)-1].to]))
}

// sentenceTranslated returns the English sentence right before the
// parenthesis at open that holds a Chinese sentence r, closed by the same
// kind of stop, as a bilingual notice prints each line and its original:
// What is a harbour pass? (什么是港口通行证？). The run alone fills its
// parenthesis, its stop inside it, and the English sentence, opening
// with a capital, is no longer than a quotation glossing the run may be.
// "" where there is none.
func sentenceTranslated(rs []rune, r [2]int, open, close int, hanzi string) string {
	last := r[1] - 1
	if r[1] < close && strings.ContainsRune(chineseStops+".", rs[r[1]]) {
		last = r[1]
	}
	if strings.TrimSpace(string(rs[r[0]:last+1])) != strings.TrimSpace(string(rs[open+1:close])) {
		return "" // more than the run in its parenthesis
	}
	stop := englishStop(rs[last])
	if stop == 0 {
		return ""
	}
	end := open
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	if end == 0 || rs[end-1] != stop {
		return ""
	}
	start := end - 1
	for start > 0 && rs[start-1] != '\n' && !(strings.ContainsRune(".?!", rs[start-1]) && rs[start] == ' ') {
		start--
	}
	sentence := strings.TrimSpace(string(rs[start:end]))
	first, _ := utf8.DecodeRuneInString(sentence)
	if !unicode.IsUpper(first) || !latin(sentence) || len(strings.Fields(sentence)) > quotedGlossLimit(hanzi) {
		return ""
	}
	return sentence
}

// englishStop returns the English stop that matches the Chinese one c
// (？ and ? are ?, ！ and ! are !, 。 is .), 0 if c is none.
func englishStop(c rune) rune {
	switch c {
	case '？', '?':
		return '?'
	case '！', '!':
		return '!'
	case '。', '.':
		return '.'
	}
	return 0
}

// translatesRun reports whether a parenthesis opens with its run and a
// plain phrase follows it after a comma, past the run's pinyin, a
// translation: (共同富裕, common prosperity), (共同富裕, gòngtóng fùyù,
// common prosperity). A literal reading or another name of it set off by
// a lead-in (新疆, literally meaning New Frontier; 连江县; also referred to
// as Matsu; 文化大革命, Wénhuà Dàgémìng, lit. "Great Cultural Revolution")
// leaves the English before the parenthesis its gloss.
func translatesRun(rs []rune, pieces []termPiece) bool {
	if len(pieces) < 2 || !pieces[0].han || pieces[1].han {
		return false
	}
	hanzi := string(rs[pieces[0].from:pieces[0].to])
	k := 1
	for k+1 < len(pieces) && !pieces[k+1].han && segment.Spells(hanzi, string(rs[pieces[k].from:pieces[k].to])) {
		k++ // the run's pinyin
	}
	between := strings.TrimSpace(string(rs[pieces[k-1].to:pieces[k].from]))
	words := strings.Fields(strings.ToLower(trimGloss(string(rs[pieces[k].from:pieces[k].to]))))
	also := len(words) > 1 && words[0] == "also"
	if also {
		words = words[1:]
	}
	// A semicolon or a slash sets a translation off as a comma does ((关系;
	// personal connections), (台湾蓝皮书 / Blue Book on Taiwan)), but what
	// a semicolon sets off after "also" is another name of the run (连江县;
	// also Matsu).
	separated := between == "," || between == "，" || between == "/" || (between == ";" || between == "；") && !also
	return separated && len(words) > 0 && !lexicon.NamingVerbs.Has(words[0]) &&
		glossPieceLeadIn(strings.Join(words, " ")) == 0 && !strings.ContainsAny(strings.Join(words, " "), "()（）")
}

// glossPastHead returns the gloss printed after the English noun that a
// run modifies, a word for a document, policy or idea (lexicon.ThingHeads,
// TermNouns, AbstractHeads) a space after it, as it would be printed
// after the run: its parenthesis (the 千人计划 program (Thousand Talents
// Plan)) or English set off by a lead-in (the 东数西算 project, i.e.
// "Eastern Data, Western Computing"). "" where none follows.
func glossPastHead(rs []rune, r [2]int, runs [][2]int, citations map[int]bool, hanzi string) string {
	if r[1]+1 >= len(rs) || rs[r[1]] != ' ' {
		return ""
	}
	j := r[1] + 1
	for j < len(rs) && unicode.IsLower(rs[j]) {
		j++
	}
	if !runHead(string(rs[r[1]+1 : j])) {
		return ""
	}
	k := j
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k == len(rs) || !isTermParenOpen(rs[k]) {
		return glossAfter(rs, j, hanzi)
	}
	if c, ok := termParenClose(rs, k); ok && !citations[k] {
		english, _ := besideRun(rs, termPieces(rs, k, c, runs), hanzi)
		return english
	}
	return ""
}

// knownName reports whether the gazetteer knows gloss as a name: a place,
// a body or a person.
func knownName(gloss string) bool {
	_, ok := gazetteer.Default().Lookup(gloss)
	return ok
}

// romanisesName reports whether pinyin, printed in the parenthesis beside
// the run r, is the romanisation of a name, which English knows the name
// by and so glosses it, where a word's pinyin there, in any case, only
// says how the word sounds (摆烂 (bǎilàn), 躺平 (Tǎngpíng), 中国梦 (Zhōngguó
// mèng)). A name is a person's that the text calls one (spokesperson 毛宁
// (máo níng)), or a run of a person's name's shape that is no word and
// whose pinyin spaces the surname off as a name's does (汪文斌 (wāng
// wénbīn)); or a place, a body or a person the gazetteer knows, by its
// characters (人民日报, 北京) or, for a run of two characters or more, by
// the romanisation folded to the gazetteer's form (厦门 (Xiàmén): Xiamen).
func romanisesName(rs []rune, r [2]int, pinyin string, zh *cuts) bool {
	hanzi := string(rs[r[0]:r[1]])
	if segment.PersonName(hanzi) && (personCue(rs, r) || !listedWord(hanzi, zh) && spacesSurname(pinyin)) {
		return true
	}
	if knownName(hanzi) {
		return true
	}
	if r[1]-r[0] < 2 {
		return false // a surname's syllable alone (Xi, Li) names no one
	}
	spaced, joined := gazetteerForms(pinyin)
	return knownName(spaced) || knownName(joined)
}

// listedWord reports whether hanzi is a word the segmenter's dictionary
// or CC-CEDICT holds: a word that opens on a surname's character (黄金,
// 高度), slang the segmenter lacks among them (白左, 王炸, 金句). Such a run
// names a person only where the text calls it one.
func listedWord(hanzi string, zh *cuts) bool {
	return zh != nil && zh.Known(hanzi) || senses.Of(hanzi) != ""
}

// spacesSurname reports whether pinyin is printed in words of more than
// one, as a person's name is, its surname set apart (máo níng, Wāng
// Wénbīn), where a word's romanisation is one token (báizuǒ).
func spacesSurname(pinyin string) bool {
	return len(strings.Fields(pinyin)) > 1
}

// gazetteerForms folds a romanisation to the forms in which the gazetteer
// lists names: tone marks dropped (segment.Plain) and every word
// capitalised, its words spaced as printed (Wáng Yì: Wang Yi) and joined
// (xià mén: Xiamen).
func gazetteerForms(pinyin string) (spaced, joined string) {
	words := strings.Fields(segment.Plain(pinyin))
	for i, w := range words {
		c, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(c)) + w[n:]
	}
	return strings.Join(words, " "), strings.Join(words, "")
}

// spelledName reports whether gloss, which spells hanzi, is a person's
// name: a run of a name's shape, its romanisation in words of two or
// more that are all capitalised (He Lifeng), where pinyin opening a
// sentence capitalises only its first (Gongtong fuyu, Guanxi).
func spelledName(gloss, hanzi string) bool {
	return segment.PersonName(hanzi) && nameCased(gloss)
}

// nameCased reports whether gloss is two words or more, every one
// capitalised, as a person's name is printed (Xí Jìnpíng), where pinyin
// opening a sentence or a line capitalises only its first (Gongtong fuyu).
func nameCased(gloss string) bool {
	words := strings.Fields(gloss)
	return len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return !glossStartsUpper(w) })
}

// romanisationOpens reports whether gloss, the English right before the
// parenthesis at open, opens its sentence.
func romanisationOpens(rs []rune, open int, gloss string) bool {
	start := locate.LineStart(rs, open)
	text := strings.TrimRight(string(rs[start:open]), " ")
	at, ok := strings.CutSuffix(text, gloss)
	return ok && opensSentence([]rune(at), 0, len([]rune(at)))
}

// translatedInside reports whether a piece of a parenthesis opens with a
// lead-in of a translation: (正能量; lit. "positive energy"), (维稳, which
// means stability maintenance).
func translatedInside(rs []rune, pieces []termPiece) bool {
	for _, p := range pieces {
		s := trimGloss(string(rs[p.from:p.to]))
		if !p.han && (glossLeadIn(s, lexicon.TranslationLeadIns) > 0 || glossTranslationClause(s) > 0) {
			return true
		}
	}
	return false
}

// quotedBefore reports whether a quotation closes right before the
// parenthesis at open.
func quotedBefore(rs []rune, open int) bool {
	i := open
	for i > 0 && rs[i-1] == ' ' {
		i--
	}
	return i > 0 && glossClosesQuote(rs[i-1])
}

// glossOutside reads what the text says about a run that no parenthesis
// holds: a parenthesis after it (网络主权 (cyber sovereignty)), a gloss after
// it set off by a lead-in (网络主权, or “cyber sovereignty”), or else one
// printed against it without brackets (glossUnbracketed). It returns the
// gloss and the pinyin printed beside the run.
func glossOutside(rs []rune, r [2]int, runs [][2]int, citations map[int]bool, lay layout, zh *cuts) (gloss, hint string) {
	hanzi := string(rs[r[0]:r[1]])
	if languageRun(hanzi) {
		return "", "" // a language menu's choice: English | 中文
	}
	if g := glossSpacedPair(rs, r, hanzi); g != "" {
		return g, ""
	}
	// Past the stop that closes a quoted run where it is a Chinese
	// sentence: a parenthesis after the quotation translates it, “我们明天
	// 见。” (“See you tomorrow.”), as one after a quoted word does.
	from := r[1]
	if c := sentenceClose(rs, r, zh); c < len(rs) && c > r[1] && (glossClosingQuotes[rs[c]] || rs[c] == '"') {
		from = c
	}
	i := from
	for i < len(rs) && i < from+3 && (rs[i] == ' ' || glossClosingQuotes[rs[i]] || rs[i] == '\'' || rs[i] == '"') {
		i++
	}
	if i+1 < len(rs) && rs[i] == '\n' && rs[i+1] == '[' {
		// A translator's brackets on the line after a run that ends its
		// line: '等待…人生'⏎[Those waiting for …].
		i++
	}
	if i < len(rs) && isTermParenOpen(rs[i]) {
		if c, ok := termParenClose(rs, i); ok && !citations[i] {
			pieces := termPieces(rs, i, c, runs)
			english, pinyin := besideRun(rs, pieces, hanzi)
			switch {
			case english != "" && pinyin == "" && rs[i] == '[' && !segment.HasHan(string(rs[i+1:c])) && cleanGlossPiece(string(rs[pieces[0].from:pieces[0].to])) == english:
				// A translator's brackets hold the translation whole, commas
				// and all: 中央政府门户网站 [Central Government Gateway
				// Website, People’s Republic of China].
				return cleanGlossPiece(string(rs[i+1 : c])), ""
			case clausesTranslated(rs, pieces, hanzi) != "":
				return clausesTranslated(rs, pieces, hanzi), pinyin
			case subtitled(rs, r, c+1):
				// A headline of the run and what the parenthesis gives it, a
				// subtitle after a dash or colon: its English or, where it
				// has none, the romanisation the headline names the run by,
				// a word's too (黄 (Huang) – Family Names That …, 茶 (Chá) –
				// How One Leaf …).
				if english != "" {
					return english, pinyin
				}
				if printedRomanisation(pinyin) {
					return pinyin, pinyin
				}
			case english != "" && syllablesOf(english, hanzi) && glossAfter(rs, c+1, hanzi) != "":
				// A romanisation other than pinyin in the parenthesis
				// (Cantonese), the translation after it set off by a
				// lead-in: 世代革命 (Sai Doi Gaak Ming) – revolution of our
				// generation.
				return glossAfter(rs, c+1, hanzi), english
			case english != "":
				return english, pinyin
			case glossLine(rs, [2]int{r[0], c + 1}, 0) != "":
				// English before the run, its pinyin in the parenthesis:
				// Chinese dream 中国梦 (zhōng guó mèng).
				return glossLine(rs, [2]int{r[0], c + 1}, 0), pinyin
			case pinyin != "" && glossAfter(rs, c+1, hanzi) != "":
				// Its pinyin in the parenthesis, its English after it: 内卷
				// (nèijuǎn), meaning involution.
				return glossAfter(rs, c+1, hanzi), pinyin
			case pinyin != "" && glossEntryAfter(rs, r, c+1) != "":
				// A glossary's entry: 版图 [bǎn tú] territory.
				return glossEntryAfter(rs, r, c+1), pinyin
			}
			if g := glossPredicate(rs, r, c+1, hanzi); g != "" {
				return g, pinyin // 佛系 (fó xì) means Buddha-like.
			}
			if g := glossSenseBelow(rs, r, c+1, hanzi); pinyin != "" && g != "" {
				// A glossary's entry: its sense on the line under the run
				// and its romanisation.
				return g, pinyin
			}
			if g := glossWordFor(rs, r); g != "" {
				// The word for a thing before the run, its pinyin alone in
				// the parenthesis: the characters for crisis, 危机 (wēijī).
				return g, pinyin
			}
			if printedRomanisation(pinyin) && romanisesName(rs, r, pinyin, zh) {
				return pinyin, pinyin // a name: 毛宁 (máo níng)
			}
			hint = pinyin
		}
		// A parenthesis with no gloss, an acronym or a citation, leaves
		// the gloss to the words printed against the run: China Democracy
		// Victory Party 中国民主胜利党 (CDVP).
	} else if g := glossAfter(rs, r[1], hanzi); g != "" && !(dashBefore(rs, r[0]) && dashAfter(rs, r[1])) {
		// A run set off by dashes (joint logistics—联合后勤—alike) is glossed
		// before them, and the dash after it closes the aside; a lead-in
		// inside the aside glosses it (The phrase—内外有别, or “inside and
		// outside are different”—governs).
		if r[1] < len(rs) && (rs[r[1]] == ':' || rs[r[1]] == '：') {
			// A colon after the run, its romanisation right before it: a
			// transcript's label of a speaker, whose speech follows (Máo
			// Níng 毛宁: Good afternoon). A word's romanisation so printed
			// opens a glossary's line (Bǎilàn 摆烂: letting things rot).
			if b := glossAdjacentBefore(rs, r, hanzi, lay.sideBySide, zh); b != "" && segment.Spells(hanzi, b) && (segment.PersonName(hanzi) || nameCased(b)) {
				return b, b
			}
		}
		if segment.Spells(hanzi, g) {
			// Its romanisation after it, and the English after that: 斗争,
			// or douzheng — which translates to “struggle”.
			if e := glossAfterRomanisation(rs, r[1], g, hanzi); e != "" {
				return e, g
			}
		}
		return g, ""
	}
	g, h := glossUnbracketed(rs, r, hanzi, lay, zh)
	if g == "" {
		g = glossPastHead(rs, r, runs, citations, hanzi)
	}
	if g == "" || segment.Spells(hanzi, g) || !senseNamed(g, hanzi, zh) {
		// English after the run that translates it, by its senses, past
		// the romanisation printed there: 生产力 shēngchǎnlì productivity.
		if e := glossBySense(rs, r[1], hanzi, zh); e != "" {
			g = e
		}
	}
	if nextSentenceMayGloss(g, hanzi) {
		// The sentence after the run's may say what it means: 数字乡村
		// (shùzì xiāngcūn). It is usually translated as “digital
		// countryside.”
		if n := glossNextSentence(rs, r, hanzi); n != "" {
			if g != "" {
				h = strings.Trim(h+"; "+g, "; ")
			}
			g = n
		}
	}
	if g == "" || (lexicon.TermNouns.HasNoun(g) || lexicon.LanguageLabels.Has(g)) && strings.Contains(string(rs[locate.LineStart(rs, r[0]):r[0]]), g) {
		// A form's label of the field the run fills names no sense of it:
		// Term: 统一战线, Chinese: 共同富裕; the name of the box whose row
		// it labels does (boxName). A word for a term elsewhere may be
		// the run's sense (成语, Chéngyǔ, then Idioms).
		g = boxName(rs, r)
	} else if name := boxName(rs, r); name != "" && romanises(g, hanzi) {
		// The name over an entry's fields is its English, where the
		// romanisation in its row only spells it: Social management, then
		// Chinese: shèhuì guǎnlǐ 社会管理.
		g = name
	}
	return g, strings.Trim(hint+"; "+h, "; ")
}

// editionMark is the character that makes a language's name the name of
// a page's edition in it (中文版 "Chinese edition").
const editionMark = "版"

// languageRun reports whether hanzi is nothing but the names of languages
// as a language menu prints them (lexicon.LanguageLabels: 中文, 简体中文,
// 中文雙語), perhaps an edition's (中文版).
func languageRun(hanzi string) bool {
	rest := strings.TrimSuffix(hanzi, editionMark)
	for rest != "" {
		n := 0
		for k := len(rest); k > 0; k-- {
			if (k == len(rest) || utf8.RuneStart(rest[k])) && lexicon.LanguageLabels.Has(rest[:k]) {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		rest = rest[n:]
	}
	return hanzi != ""
}

// subtitled reports whether the line the run r opens goes on from from, a
// dash or a colon first, with a subtitle in title case longer than a noun
// phrase glossing the run would be, as a headline prints one after a term
// and its romanisation (台灣 (Táiwān): Exploring the Island Nation in
// Traditional Script).
func subtitled(rs []rune, r [2]int, from int) bool {
	if strings.TrimSpace(string(rs[locate.LineStart(rs, r[0]):r[0]])) != "" || from >= len(rs) {
		return false
	}
	rest := strings.TrimSpace(string(rs[from:termLineEnd(rs, from)]))
	sub := strings.TrimLeft(rest, ":：-–— ")
	if sub == rest || glossLeadIn(sub, lexicon.GlossLeadIns) > 0 || glossTranslationClause(sub) > 0 {
		return false
	}
	words := strings.Fields(sub)
	return len(words) > maxGlossNounPhrase && glossTitleCase(words)
}

// glossSpacedPair returns the translation of a slogan whose halves are
// printed a space apart, its own halves a comma apart, in a parenthesis
// or after a colon: 香港人 加油 (Hongkongers, add oil), 光復香港 時代革命:
// Liberate Hong Kong, revolution of our times. "" for any other run.
func glossSpacedPair(rs []rune, r [2]int, hanzi string) string {
	if strings.IndexFunc(hanzi, unicode.IsSpace) < 0 || r[1]+1 >= len(rs) {
		return ""
	}
	var g string
	switch i := r[1] + strings.IndexFunc(string(rs[r[1]:]), func(r rune) bool { return r != ' ' }); {
	case i < r[1]:
	case isTermParenOpen(rs[i]):
		if c, ok := termParenClose(rs, i); ok {
			g = string(rs[i+1 : c])
		}
	case rs[i] == ':' || rs[i] == '：':
		g = string(rs[i+1 : termLineEnd(rs, i)])
	}
	if g = cleanGlossPiece(g); !strings.Contains(g, ",") || glossEntry(g, hanzi) == "" {
		return ""
	}
	return g
}

// maxSyllableLetters is the most letters of one syllable of a
// romanisation (Cantonese heung, cheung).
const maxSyllableLetters = 6

// syllablesOf reports whether s reads as a romanisation of hanzi, pinyin
// or another: one short word of letters for each of its characters (Sai
// Doi Gaak San for 世代革新).
func syllablesOf(s, hanzi string) bool {
	words := strings.Fields(s)
	if len(words) != utf8.RuneCountInString(hanzi) {
		return false
	}
	for _, w := range words {
		if len(w) > maxSyllableLetters || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return false
		}
	}
	return true
}

// besideRun reads the pieces of a parenthesis other than Chinese: the first
// English one is a gloss, one that spells hanzi in pinyin is its pinyin.
// Acronyms (CAC), dates and labels such as "Chinese:" are neither.
func besideRun(rs []rune, pieces []termPiece, hanzi string) (english, pinyin string) {
	for _, p := range pieces {
		if p.han {
			continue
		}
		s := cleanGlossPiece(string(rs[p.from:p.to]))
		// A label or the run's pinyin before a colon, the gloss after it:
		// (pinyin: gòngtóng fùyù), (gòngtóng fùyù: common prosperity); the
		// pinyin before a dash (jiǎntǐzì – 'simplified characters').
		if head, rest, ok := cutPinyinDash(s, hanzi); ok {
			pinyin, s = trimGloss(head), cleanGlossPiece(rest)
		} else if head, rest, ok := strings.Cut(s, ":"); ok && rest != "" && (cleanGlossPiece(head) == "" || segment.Spells(hanzi, head)) {
			if segment.Spells(hanzi, head) && pinyin == "" {
				pinyin = trimGloss(head)
			}
			s = cleanGlossPiece(rest)
		}
		switch {
		case s == "" || isGlossAcronym(s) || glossDateLike(s) || !strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, unicode.IsDigit):
			// Marks alone are no English: the stop that closes the run's
			// question inside its parenthesis (谁来决定?).
		case segment.Spells(hanzi, s):
			if pinyin == "" {
				pinyin = s
			}
		case english == "":
			english = s
		case syllablesOf(english, hanzi) && glossQuoteOpens(string(rs[p.from:p.to])) && !(glossStartsUpper(english) && segment.PersonName(hanzi)):
			// A romanisation other than pinyin, one short word a
			// character, then the translation quoted: 攬炒 (laam caau,
			// "mutual destruction"); a person's name stays the gloss
			// (周庭, Chow Ting, "the goddess of democracy").
			english = s
		}
	}
	return english, pinyin
}

// glossQuoteOpens reports whether s, trimmed of spaces, opens with a
// quotation mark.
func glossQuoteOpens(s string) bool {
	_, ok := glossOpeningQuote(strings.TrimLeft(s, " "))
	return ok
}

// glossDateLike reports whether a piece of a parenthesis holding digits is
// a date, a page or a number rather than a gloss: fewer than two of its
// words are words, not figures (May 3, Xinhua 2014, p. 12, May 3rd), where
// Made in China 2025 and 5G network security gloss a term. A name's word
// that holds a figure is a word (A4 movement, G20 summit).
func glossDateLike(s string) bool {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return false
	}
	plain := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsDigit) < 0 || figureInWord(w) {
			plain++
		}
	}
	return plain < 2
}

// figureInWord reports whether w writes a figure inside a word: letters
// before it (A4, G20) or capitals after it (5G, 3D). Lower-case letters
// after a figure are its unit or ending, and it stays a figure (10am,
// 1990s, 3rd, 40km).
func figureInWord(w string) bool {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if strings.IndexFunc(w, unicode.IsLetter) == 0 {
		return true
	}
	after := strings.TrimLeftFunc(w, unicode.IsDigit)
	return strings.ContainsFunc(after, unicode.IsLetter) && !strings.ContainsFunc(after, unicode.IsLower)
}

// cleanGlossPiece trims a piece of a parenthesis and drops the words that
// introduce a gloss without belonging to it, and an article before a
// quotation; a label naming the language of
// what follows ("Chinese:") is no gloss.
func cleanGlossPiece(s string) string {
	s = trimGloss(s)
	if lexicon.LanguageLabels.Has(s) {
		return ""
	}
	for n := glossPieceLeadIn(s); n > 0; n = glossPieceLeadIn(s) {
		s = trimGloss(s[n:])
	}
	// An article before a quotation is no part of it: (the "second
	// combination"), and nor is a lower-case one before a name: (the Taiwan
	// Affairs Office), where The Paper is a name and (the East is rising)
	// a clause.
	if n := glossLeadIn(s, lexicon.Articles); n > 0 {
		if rest := strings.TrimLeft(s[n:], " "); rest != "" && (strings.ContainsRune("\"“‘«'", []rune(rest)[0]) || !glossStartsUpper(s) && glossTitleCase(strings.Fields(rest))) {
			s = trimGloss(rest)
		}
	}
	return s
}

// glossPieceLeadIn returns the length in bytes of the lead-in that opens
// a piece of a parenthesis: a listed one (lit., aka) or a clause with a
// verb of translating ((literally translated as …), (which means …)).
func glossPieceLeadIn(s string) int {
	if n := glossTranslationClause(s); n > 0 {
		return n
	}
	return glossLeadIn(s, lexicon.GlossLeadIns)
}

// glossLeadIn returns the length in bytes of the longest entry of words
// that s starts with as a whole word, 0 if none.
func glossLeadIn(s string, words *lexicon.List) int {
	cut := 0
	for w := range words.All() {
		if len(w) <= cut || len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[len(w):]); len(s) == len(w) || !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			cut = len(w)
		}
	}
	return cut
}

// glossAfterScan bounds how far after a run a gloss is looked for.
const glossAfterScan = 160

// cutPinyinDash cuts s at a spaced dash that the run's pinyin stands
// before, as a parenthesis prints the translation after it.
func cutPinyinDash(s, hanzi string) (head, rest string, ok bool) {
	for _, dash := range []string{" – ", " — ", " - "} {
		if head, rest, ok := strings.Cut(s, dash); ok && rest != "" && segment.Spells(hanzi, head) {
			return head, rest, true
		}
	}
	return "", "", false
}

// glossAfter reads a gloss printed after a run that no parenthesis holds,
// set off by punctuation and introduced by a lead-in (“全国一盘棋,” or one
// national chessboard; "境外勢力", or "external forces"), by an article
// before a quotation (“两个健康”, the “two healthies”) or a title (一带一路,
// the Belt and Road Initiative,), by "as" before a quotation (指示 as
// "Instructions"), or by a dash or colon alone (共同富裕 — “common
// prosperity”; 中国制造2025: Made in China 2025). An unquoted
// gloss must be a title or a whole noun phrase closed by punctuation (or,
// after a dash or colon, the line's end), so that "…, or they face fines"
// gives none.
func glossAfter(rs []rune, end int, hanzi string) string {
	if end >= len(rs) {
		// Nothing after: a parenthesis the text never closes runs to its
		// end, and the position after it lies past the text.
		return ""
	}
	stop := min(len(rs), end+glossAfterScan)
	if i := slices.Index(rs[end:stop], '\n'); i >= 0 {
		stop = end + i
	}
	// The run's closing quotation mark, with or without a comma inside it,
	// or the Markdown emphasis closing around it (**共同富裕 (gòngtóng
	// fùyù)**, or common prosperity), then the mark that sets the gloss
	// off.
	s := strings.TrimLeft(string(rs[end:stop]), ",*_")
	s = strings.TrimLeftFunc(s, func(r rune) bool { return glossClosingQuotes[r] || r == '*' || r == '_' })
	s = strings.TrimLeft(s, " ")
	// "as" and a quotation: translate Zhǐshì 指示 as "Instructions".
	if rest, ok := strings.CutPrefix(s, "as "); ok {
		if q, ok := glossOpeningQuote(rest); ok {
			return strings.Join(glossAfterWords(q, maxQuotedGloss), " ")
		}
	}
	// A dash, a colon, or an equals sign as glossaries print one
	// (统一战线 = united front); hyphen: a spaced hyphen typed for a dash.
	dash, hyphen := false, false
	if rest := strings.TrimLeft(s, ":—–="); rest != s {
		dash, s = true, rest
	} else if rest, ok := strings.CutPrefix(s, "- "); ok {
		// A hyphen typed for a dash, spaced, closes its aside the same
		// way: 习近平强军思想 - Xi Jinping Thought on … - as its guide.
		dash, hyphen, s = true, true, rest
	}
	s = strings.TrimLeft(strings.TrimPrefix(s, ","), " ")
	// A dash opens an aside that a second dash closes: the aside glosses
	// the run whole, clause or list (韬光养晦 — hide your strength, bide
	// your time — guided Deng).
	if dash {
		if aside, ok := glossAside(s, hanzi, hyphen); ok {
			return aside
		}
		if g := glossDashToEnd(s, hanzi); g != "" {
			return g
		}
	}
	leadIn, article, translation := false, false, ""
	for {
		s = glossRelativeBeforeLeadIn(s)
		if n := glossTranslationClause(s); n > 0 {
			leadIn, s = true, strings.TrimLeft(s[n:], " ")
			translation = s
		} else if n := glossLeadIn(s, lexicon.GlossLeadIns); n > 0 {
			translates := glossLeadIn(s, lexicon.TranslationLeadIns) == n
			leadIn, s = true, strings.TrimLeft(s[n:], " ")
			if translates {
				translation = s
			}
		} else if n := glossLeadIn(s, lexicon.Articles); n > 0 {
			article, s = true, strings.TrimLeft(s[n:], " ")
		} else {
			break
		}
	}
	// A lead-in may offer two translations, the first of them the gloss:
	// translates to both “struggle” and “fight”; could be translated as
	// either new productivity or a new kind of productive force.
	if leadIn {
		for _, w := range [][2]string{{"both ", " and "}, {"either ", " or "}} {
			if rest, ok := strings.CutPrefix(s, w[0]); ok {
				if _, quoted := glossOpeningQuote(rest); quoted {
					s = rest
				} else if first, _, ok := strings.Cut(rest, w[1]); ok && !strings.ContainsAny(first, ",.;:") {
					s = first + ","
					if translation != "" {
						translation = s
					}
				}
			}
		}
	}
	if q, ok := glossOpeningQuote(s); ok {
		if !leadIn && !article && !dash && !quoteAdjacent(rs, end, q) {
			return ""
		}
		return strings.Join(glossAfterWords(q, maxQuotedGloss), " ")
	}
	i := strings.IndexAny(s, ",.;:—–()[]\"“”")
	if i < 0 && dash {
		i = len(s) // a gloss set off by a dash or colon may end the line
	}
	if i >= 0 && !leadIn && !dash && !article && rs[end] == ',' && s[i] == ',' {
		return glossApposition(s[:i], hanzi)
	}
	if i < 0 || !leadIn && !dash && !article {
		return ""
	}
	// A title, whatever its length (中国制造2025, or Made in China 2025,),
	// or a name after an article (一带一路, the Belt and Road Initiative,),
	// but not a person's office after a name (王毅, the Foreign Minister,).
	if words := glossAfterWords(s[:i], maxTitleWords); glossTitleCase(words) && !(article && glossMayBeName(hanzi) && glossHasTitle(words)) {
		return strings.Join(words, " ")
	}
	// Or a short noun phrase, introduced or set off by a dash: lower-case
	// words after an article are a description (共同富裕, the slogan,
	// spread; 毛宁 — the spokesperson — said).
	words := glossAfterWords(s[:i], maxGlossNounPhrase)
	if !leadIn && (!dash || article) || len(words) == 0 || glossNounPhraseLen(words) < len(words) {
		// A translation may be a clause, its article kept, as long as a
		// quotation that glosses the run would be: 江山就是人民, meaning
		// the country is its people.
		if translation != "" {
			if end := strings.IndexAny(translation, ",.;:—–()[]\"“”"); end > 0 {
				return strings.Join(glossAfterWords(translation[:end], quotedGlossLimit(hanzi)), " ")
			}
		}
		// Or, after a lead-in, a gerund's phrase, as long as a quotation
		// would be (以台制华, or using Taiwan to contain China), or a
		// phrase set off by commas as an apposition, of no more words than
		// the run has characters, as dense Chinese is glossed
		// (百年未有之大变局, or great changes unseen in a century, …);
		// a clause with its subject is none (…, or they face fines; 内卷,
		// or people compete ever harder for less,).
		words := glossAfterWords(s[:i], quotedGlossLimit(hanzi))
		first := strings.ToLower(strings.Join(words[:min(1, len(words))], ""))
		apposed := i < len(s) && s[i] == ',' && len(words) <= utf8.RuneCountInString(hanzi) && !glossPronoun(first) && !glossModal(first)
		if leadIn && !article && len(words) > 1 && (glossGerund(words[0]) || apposed) {
			return strings.Join(words, " ")
		}
		return ""
	}
	return strings.Join(words, " ")
}

// glossApposition returns the English set off by commas right after a run
// with no lead-in when it translates the run (the slogan 共同富裕, common
// prosperity, returned): a lower-case noun phrase of no more words than the
// run has characters, where a description opens with a determiner (共同富裕,
// the slogan, spread) and a clause holds a pronoun, a form of "be" or a
// verb of saying (共同富裕, officials say, …); "" otherwise.
func glossApposition(s, hanzi string) string {
	words := glossAfterWords(s, utf8.RuneCountInString(hanzi))
	if len(words) == 0 || glossNounPhraseLen(words) < len(words) || slices.ContainsFunc(words, func(w string) bool {
		_, _, saying := lexicon.Lemma(strings.ToLower(w), lexicon.ReportingVerbs.Has)
		return saying || glossStartsUpper(w) || glossClauseWord(w) || glossDeterminer(strings.ToLower(w))
	}) {
		return ""
	}
	return strings.Join(words, " ")
}

// quoteAdjacent reports whether the quotation q opens one space after the
// run that ends at end, with nothing between, and closes no speech (no
// comma before its closing mark): a translation printed against the run,
// the slogan 房住不炒 “houses are for living in, not for speculation”.
func quoteAdjacent(rs []rune, end int, q string) bool {
	if end+1 >= len(rs) || rs[end] != ' ' {
		return false
	}
	_, opens := glossOpeningQuotes[rs[end+1]]
	return (opens || rs[end+1] == '"') && !strings.HasSuffix(q, ",") && latin(q)
}

// glossRelativeBeforeLeadIn drops the relative pronoun, and the adverbs
// in -ly after it, that open a lead-in of a gloss without belonging to it:
// 东数西算, which roughly translates as “eastern data, western computing”;
// which, loosely, means …. s is returned whole where no lead-in follows
// them.
func glossRelativeBeforeLeadIn(s string) string {
	w, rest, ok := strings.Cut(s, " ")
	if !ok || !lexicon.Relatives.Has(w) || glossLeadIn(s, lexicon.GlossLeadIns) > 0 {
		return s // no relative, or one the lead-in holds (which literally means)
	}
	for {
		rest = strings.TrimLeft(rest, " ,")
		if glossLeadIn(rest, lexicon.GlossLeadIns) > 0 {
			return rest
		}
		adverb, after, ok := strings.Cut(rest, " ")
		adverb = strings.TrimRight(adverb, ",")
		if !ok || len(adverb) <= 4 || !strings.HasSuffix(adverb, "ly") {
			return s
		}
		rest = after
	}
}

// maxTranslationSubject is the most words of the subject of a clause that
// translates a term after "which" or "that": "which official media
// translate as", "that Xinhua renders as".
const maxTranslationSubject = 3

// glossTranslationClause returns the length in bytes of the clause that
// opens s and introduces a term's translation with a verb of
// lexicon.TranslationVerbs in any form, its helping verbs and adverbs
// around it and the preposition after it: "translates directly to",
// "is often rendered as", "literally means" (a bare "means" after the run
// makes it the sentence's subject), "can be translated into
// English as", "which official media translate as", "the phrase means";
// 0 if s opens none. A subject of its own needs "which" or "that" before
// it, or a word for a term at its head (the phrase, the term), so that
// "scholars translate it as" after a run reads nothing.
func glossTranslationClause(s string) int {
	at, relative, modal, adverb, subject, verb := 0, false, false, false, 0, ""
	for {
		rest := strings.TrimLeft(s[at:], " ,")
		skipped := len(s) - at - len(rest)
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",")
		lw := strings.ToLower(w)
		if w == "" {
			return 0
		}
		next := at + skipped + len(w)
		if verb == "" {
			if lemma, form, ok := lexicon.Lemma(lw, lexicon.TranslationVerbs.Has); ok {
				if modal && form == lexicon.Base || subject > 0 && !relative {
					// A sense it may have (can mean), no translation; a
					// subject that names no term.
					return 0
				}
				verb, at = lemma, next
				continue
			}
		}
		switch {
		case verb == "" && at == 0 && (lexicon.Relatives.Has(lw) || lexicon.Pronouns.Has(lw)):
			// which means; or a sentence of its own after a headword,
			// its pronoun standing for the run: 内卷? It means ….
			relative = true
		case lexicon.Modals.Has(lw):
			modal = true // can be translated as
		case lexicon.Be.Has(lw) || lexicon.Have.Has(lw):
			// is, has been
		case lexicon.VerbAdverbs.Has(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ly") && unicode.IsLower([]rune(w)[0]):
			// often, literally, directly; not a quotation's first word
			// (means “heavenly palace”)
			adverb = true
		case verb == "" && !relative && subject < maxTranslationSubject && (glossDeterminer(lw) || lexicon.TermNouns.HasNoun(lw)):
			// the phrase means: a word for a term heads the subject
			subject++
			relative = lexicon.TermNouns.HasNoun(lw)
		case verb == "" && relative && subject < maxTranslationSubject && !glossStop(lw):
			subject++ // which official media translate as
		case verb != "" && (lw == "as" || lw == "to"):
			return next
		case verb != "" && lw == "into":
			// into English as: the language named, then "as"
			if lang, after, ok := strings.Cut(strings.TrimLeft(s[next:], " "), " "); ok && lexicon.LanguageLabels.Has(strings.ToLower(lang)) {
				if a, ok := strings.CutPrefix(after, "as "); ok {
					return len(s) - len(a)
				}
			}
			return 0
		case lexicon.MeaningVerbs.Has(verb) && !relative && !adverb:
			// The run as the sentence's subject: 共同富裕 means different
			// things to different people, no translation, unless a
			// quotation follows (天下为公 means “all under heaven …”).
			if _, quoted := glossOpeningQuote(strings.TrimLeft(s[at:], " ")); quoted {
				return at
			}
			return 0
		case lexicon.MeaningVerbs.Has(verb):
			return at // literally means "struggle": no preposition
		default:
			return 0
		}
		at = next
	}
}

// glossTermNounBefore returns the noun phrase that ends at end when its head
// is a word for a term (formulations, slogan), with the words that qualify
// it: specific formulations; "" otherwise.
func glossTermNounBefore(rs []rune, start, end int) string {
	words := glossClauseWords(rs[start:end])
	n := len(words)
	if n == 0 || !lexicon.TermNouns.HasNoun(words[n-1]) {
		return ""
	}
	return strings.TrimSpace(glossNounPhrase(words[:n-1]) + " " + words[n-1])
}

// glossGerund reports whether w is the -ing form of a verb opening a
// phrase: lower case, with a stem of two letters or more (using,
// building), and no pronoun in -thing (nothing) nor a noun of one syllable
// (king, wing).
func glossGerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && len(stem) >= 2 && !strings.HasSuffix(w, "thing") && !glossStartsUpper(w) &&
		!strings.ContainsFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) })
}

// glossAside returns the aside that s opens, up to the dash that closes it
// on the same line, when it is English no longer than a quotation glossing
// hanzi would be, opens with no lead-in, quotes nothing (a lead-in and a
// quotation are read as such) and ends no sentence. An article opening it
// is dropped, unless the run may be a name the aside describes (毛宁 — the
// spokesperson — said). An aside opened by a spaced hyphen (hyphen) closes
// with another.
func glossAside(s, hanzi string, hyphen bool) (string, bool) {
	close := strings.IndexAny(s, "—–")
	if hyphen {
		close = strings.Index(s, " - ")
	}
	if close < 0 || glossPieceLeadIn(s) > 0 || strings.ContainsAny(s[:close], "\"“‘«.;?!") {
		return "", false
	}
	words := glossAfterWords(s[:close], quotedGlossLimit(hanzi))
	if len(words) > 1 && lexicon.Articles.Has(strings.ToLower(words[0])) {
		// A name's aside describes the person (毛宁 — the spokesperson —
		// said); a term's translates it (统一战线 — the united front —
		// is), unless it is a clause, which says something else (内卷 —
		// the ministry translates as it likes —).
		if segment.PersonName(hanzi) || strings.ContainsFunc(hanzi, segment.IsNameDot) || slices.ContainsFunc(words, glossClauseWord) {
			return "", false
		}
		words = words[1:]
	}
	if len(words) == 0 {
		return "", false
	}
	return strings.Join(words, " "), true
}

// glossDashToEnd returns the translation that a dash after a run sets off
// to the end of its sentence (韬光养晦 – hide your strength and bide your
// time.): a phrase as long as a quotation glossing the run would be, with
// no mark inside it, opening with no article or determiner, which make it
// a description (双减 – a policy that …), and holding no pronoun, verb of
// being or modal, which make it a clause about the run.
func glossDashToEnd(s, hanzi string) string {
	phrase := s
	if i := strings.IndexAny(s, ".?!;\n"); i >= 0 {
		phrase = s[:i]
	}
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > quotedGlossLimit(hanzi) || strings.ContainsAny(phrase, ",:()[]\"“”‘’—–") || !latin(phrase) {
		return ""
	}
	// A lead-in ("or", "meaning") is read by glossAfter's own rules.
	if first := strings.ToLower(words[0]); glossDeterminer(first) || lexicon.Articles.Has(first) || lexicon.Conjunctions.Has(first) ||
		glossLeadIn(s, lexicon.GlossLeadIns) > 0 || glossTranslationClause(s) > 0 {
		return ""
	}
	if slices.ContainsFunc(words, glossClauseWord) {
		return ""
	}
	return strings.Join(words, " ")
}

// glossClauseWord reports whether w makes the words it stands in a clause
// rather than a noun phrase: a pronoun, a modal, a form of "be" or "have",
// or a preposition that opens a clause (as, after).
func glossClauseWord(w string) bool {
	w = strings.ToLower(w)
	return glossPronoun(w) || glossModal(w) || lexicon.Be.Has(w) || lexicon.Have.Has(w) || lexicon.ClausePrepositions.Has(w)
}

// glossAfterRomanisation reads the English gloss printed after the
// romanisation roman that follows a run ending at end; "" if none does.
func glossAfterRomanisation(rs []rune, end int, roman, hanzi string) string {
	after := string(rs[end:min(len(rs), end+glossAfterScan)])
	at := strings.Index(after, roman)
	if at < 0 {
		return ""
	}
	e := glossAfter(rs, end+utf8.RuneCountInString(after[:at+len(roman)]), hanzi)
	if segment.Spells(hanzi, e) {
		return ""
	}
	return e
}

// glossHasTitle reports whether any of words is a title (Foreign
// Minister).
func glossHasTitle(words []string) bool {
	return slices.ContainsFunc(words, lexicon.IsTitle)
}

// glossOpeningQuote returns the text of the quotation that s opens with.
func glossOpeningQuote(s string) (string, bool) {
	rs := []rune(s)
	if len(rs) == 0 {
		return "", false
	}
	closer, ok := glossOpeningQuotes[rs[0]]
	if rs[0] == '"' {
		closer, ok = '"', true
	}
	if !ok {
		return "", false
	}
	if i := slices.Index(rs[1:], closer); i >= 0 {
		return string(rs[1 : i+1]), true
	}
	return "", false
}

// glossAfterWords returns the words of s, trimmed as a gloss, when it holds
// no Chinese and at most max words; nil otherwise.
func glossAfterWords(s string, max int) []string {
	words := strings.Fields(trimGloss(s))
	if len(words) > max || segment.HasHan(s) {
		return nil
	}
	return words
}

// Quotation marks: the closing ones, and each opening one with the mark
// that closes it. The straight " opens and closes; ’ closes ‘ but is also an
// apostrophe.
var (
	glossClosingQuotes = map[rune]bool{'”': true, '’': true, '»': true, '」': true, '』': true, '》': true, '〉': true, '"': true}
	glossOpeningQuotes = map[rune]rune{'“': '”', '‘': '’', '«': '»', '「': '」', '『': '』', '《': '》', '〈': '〉'}
)

// trimGloss drops the spaces, quotation marks and punctuation around a
// gloss, and straight single quotation marks when they pair up ('common
// prosperity'), which alone may be an apostrophe (farmers').
func trimGloss(s string) string {
	trim := func(s string) string {
		return strings.TrimFunc(s, func(r rune) bool {
			_, opening := glossOpeningQuotes[r]
			return unicode.IsSpace(r) || opening || glossClosingQuotes[r] || strings.ContainsRune(",;:.—–-*", r)
		})
	}
	s = trim(s)
	if len(s) > 1 && s[0] == '\'' && s[len(s)-1] == '\'' {
		s = trim(s[1 : len(s)-1])
	}
	// An opening mark whose closing one the gloss's end cut off, as a
	// closing mark printed after a comma or stop is ('involution,' and …):
	// at the start of a gloss a straight single mark is no apostrophe.
	if len(s) > 1 && s[0] == '\'' && !closesSingleQuote(s[1:]) {
		s = trim(s[1:])
	}
	return s
}

// closesSingleQuote reports whether s holds a straight single mark that
// closes a quotation rather than joins a word (Xi's): one before no letter.
func closesSingleQuote(s string) bool {
	for i := strings.IndexByte(s, '\''); i >= 0; i = strings.IndexByte(s, '\'') {
		if r, _ := utf8.DecodeRuneInString(s[i+1:]); i+1 == len(s) || !unicode.IsLetter(r) {
			return true
		}
		s = s[i+1:]
	}
	return false
}

func isGlossAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '&' && r != '-' && !unicode.IsDigit(r):
			return false
		}
	}
	return letters >= 2
}
