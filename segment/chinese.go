package segment

import (
	"bufio"
	_ "embed"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/lexicon/senses"
	"github.com/claimx/claimx/segment/internal/pinyin"
)

// The dictionary is gse's own word list cut down to short, common words by
// tools/trimdict (see dict/README.md). Embedding it keeps the binary free of
// run-time files. gse's full 32 MB lists are linked only into binaries that
// call its own loaders (New, LoadDict, LoadDictEmbed), which this package
// does not; building with -tags ne keeps them out whatever else is linked.
//
// The domain list holds the political, legal, military and technology
// vocabulary of the writing claimx reads (舆论战, 话语权, 九二共识) that the
// general list lacks or breaks up, or weighs too lightly to keep whole
// (市场经济 against 市场|经济体制). gse keeps the first entry of a word, so
// the domain list is loaded first.
var (
	//go:embed dict/zh_s.txt
	simplifiedWords string
	//go:embed dict/zh_t.txt
	traditionalWords string
	//go:embed dict/zh_domain.txt
	domainWords string
	//go:embed dict/zh_names.txt
	nameWords string
	// idiomWords holds gse's four-character set phrases (see
	// joinSetPhrases), searched in place rather than loaded into gse,
	// which would cost 12 MiB.
	//go:embed dict/zh_idioms.txt
	idiomWords string
	// t2sChars maps traditional characters to their simplified forms, one
	// "traditional<TAB>simplified" line each (tools/t2schars, from
	// OpenCC): a run in traditional characters is cut through its
	// simplified form, as the simplified list is the fuller one.
	//go:embed dict/zh_t2s.txt
	t2sChars string
	// cedictWords are CC-CEDICT's three-character words that the lists
	// above lack (tools/cedictwords): a bound prefix before a word
	// (伪科学, 反社会), which gse's corpus saw too rarely to keep and so
	// cut into the two (伪|科学). Loaded last, weighed low; a listed word
	// still wins over its pieces wherever it is printed, so the list
	// holds no free word before a word (在|户外, 大|公司).
	//go:embed dict/zh_cedict.txt
	cedictWords string
)

// leaders are the names of the names list (dict/zh_names.txt): national
// leaders whose names runs print without a gloss (习近平新时代…).
var leaders = wordSet(nameWords)

// domainTerms are the words of the domain list (dict/zh_domain.txt), which
// the rules that split a suffix off keep whole (政治局 "Politburo",
// 大变局 "great change").
var domainTerms = wordSet(domainWords)

// domainOnly are the words of the domain list that the general lists
// lack (不忘, 统战): pieces the domain list made known. A set phrase of
// the idiom list that such a word closes after a piece of its own still
// reads as one phrase, as it did before the domain list held the word
// (过目|不忘 is 过目不忘, "never forgetting what one has read once");
// one that such a word opens is a compound the word names the subject
// of, which splits into words (统战|工作, "united-front work").
var domainOnly = func() map[string]bool {
	only := maps.Clone(domainTerms)
	for _, list := range []string{simplifiedWords, traditionalWords} {
		for line := range strings.Lines(list) {
			if w, _, ok := strings.Cut(line, ","); ok {
				delete(only, w)
			}
		}
	}
	return only
}()

// wordSet returns the words of a dictionary list of "word, freq" lines.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for line := range strings.Lines(list) {
		if w, _, ok := strings.Cut(line, ","); ok {
			set[w] = true
		}
	}
	return set
}

// Chinese segments runs of Chinese text. Load once per process; safe for
// concurrent reads.
type Chinese struct {
	seg *gse.Segmenter
	// simple maps each traditional character to its simplified form.
	simple map[rune]rune
}

// LoadChinese returns the Chinese segmenter, loading its dictionary from the
// data embedded in the binary on the first call (about 60 ms and 12 MiB) and
// returning the same one afterwards. gse shares package-level state between
// segmenters, so a second segmenter loading while the first cuts would race;
// one per process avoids that.
func LoadChinese() (*Chinese, error) { return loadOnce() }

var loadOnce = sync.OnceValues(loadChinese)

func loadChinese() (*Chinese, error) {
	seg := &gse.Segmenter{SkipLog: true, DictSep: ","}
	seg.Dict = gse.NewDict()
	seg.Init()
	// The reader API, unlike LoadDictStr, skips CalcToken: that prepares
	// gse's shortest-path and search modes, which cost a third of the load
	// time and memory and are not used here (Cut with the HMM needs only
	// the word frequencies).
	c := &Chinese{seg: seg, simple: make(map[rune]rune, strings.Count(t2sChars, "\n"))}
	for line := range strings.Lines(t2sChars) {
		t, s, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		tr, sr := []rune(t), []rune(s)
		if len(tr) == 1 && len(sr) == 1 {
			c.simple[tr[0]] = sr[0]
		}
	}
	// The domain and names lists hold the words Taiwan and Hong Kong print
	// in traditional characters alone (綠營, 民眾黨); their simplified
	// forms are loaded after them, so that a run read through its
	// simplified form still finds them.
	lists := []string{domainWords, nameWords, c.simplifiedList(domainWords + nameWords), simplifiedWords, traditionalWords, cedictWords}
	// gse appends each new word to its token slice: room for a word a line
	// at once spares the copies of a slice grown by doubling, over a quarter
	// of the load's CPU.
	lines := 0
	for _, words := range lists {
		lines += strings.Count(words, "\n") + 1
	}
	seg.Dict.Tokens = make([]gse.Token, 0, lines)
	for _, words := range lists {
		if err := seg.Reader(bufio.NewReader(strings.NewReader(words))); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// simplifiedList returns the lines of a "word, freq" list whose word has
// a simplified form of its own, in that form.
func (c *Chinese) simplifiedList(list string) string {
	var b strings.Builder
	for line := range strings.Lines(list) {
		w, freq, ok := strings.Cut(line, ",")
		if s, changed := c.simplify([]rune(w)); ok && changed {
			b.WriteString(string(s) + "," + freq)
		}
	}
	return b.String()
}

// simplify returns rs in simplified characters, and whether any changed;
// rs itself when none did.
func (c *Chinese) simplify(rs []rune) ([]rune, bool) {
	var out []rune
	for i, r := range rs {
		if s, ok := c.simple[r]; ok {
			if out == nil {
				out = slices.Clone(rs)
			}
			out[i] = s
		}
	}
	if out == nil {
		return rs, false
	}
	return out, true
}

// HasHan reports whether s holds any Chinese character.
func HasHan(s string) bool { return strings.IndexFunc(s, IsHan) >= 0 }

// IsHan reports whether r is a Chinese character.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// IsNameDot reports whether r is one of the dots that separate the parts of
// a transliterated foreign name (埃隆·马斯克).
func IsNameDot(r rune) bool { return r == '·' || r == '・' || r == '‧' || r == '•' }

// Segment splits a run of Chinese text (which may hold Latin letters, as in
// 主权AI基础设施) into words; a person's name is one word. gloss is what the
// article prints beside the run, "" if nothing: its English, its pinyin, or
// both, separated by punctuation. Words of the gloss that spell part of the
// run in pinyin fix the segmentation there: capitalised ones are a name and
// stay one word (Yan Kunru: 闫坤如), lower-case ones a transliteration whose
// word breaks are the segment breaks (wangluo zhuquan: 网络|主权).
func (c *Chinese) Segment(run, gloss string) []string {
	rs := []rune(run)
	switch {
	case len(rs) == 0:
		return nil
	case strings.IndexFunc(run, IsNameDot) >= 0:
		return []string{run}
	case strings.IndexFunc(run, unicode.IsSpace) >= 0:
		// A run's words printed a space apart (光復香港 時代革命): each
		// part is cut as a run, and the space, as printed (a wide or
		// narrow one, or several), is a segment of its own.
		var segs []string
		for run != "" {
			i := strings.IndexFunc(run, unicode.IsSpace)
			if i < 0 {
				return append(segs, c.Segment(run, gloss)...)
			}
			if i > 0 {
				segs = append(segs, c.Segment(run[:i], gloss)...)
			}
			j := i + strings.IndexFunc(run[i:], func(r rune) bool { return !unicode.IsSpace(r) })
			if j < i {
				j = len(run)
			}
			segs = append(segs, run[i:j])
			run = run[j:]
		}
		return segs
	}
	parts := glossParts(gloss)
	// A short run opening with a two-character surname and glossed by a name
	// alone is that name, however the name is romanised (Cantonese Szeto
	// for 司徒).
	if nameOnly(parts) && shortHan(rs) && compoundSurname(rs) {
		return []string{run}
	}
	// A set phrase is one word however its pinyin is spaced: its two
	// halves are printed apart (yǎowén jiáozì 咬文嚼字).
	for _, p := range parts {
		if isIdiom(run) {
			break
		}
		if segs, ok := c.transliterated(rs, p); ok {
			// A printed transliteration may set a suffix apart as its own
			// word (huàyǔ quán); the suffix still forms a word with it, and
			// so do the parts of a word of the domain list (gāo zhìliàng
			// fāzhǎn: 高质量|发展).
			return attachSuffixes(joinDomainWords(segs))
		}
	}
	names := c.nameRanges(rs, parts)
	// A glossed name whose given name is spelled but whose surname is
	// romanised otherwise (Lo Yi-ting for 羅以婷, Wade-Giles or Cantonese)
	// is still the whole run.
	if nameOnly(parts) && shortHan(rs) && len(names) == 1 && names[0][1] == len(rs) && names[0][0] <= 2 {
		return []string{run}
	}
	var segs []string
	from := 0
	for _, n := range names {
		segs = append(segs, c.cut(rs[from:n[0]])...)
		segs = append(segs, string(rs[n[0]:n[1]]))
		from = n[1]
	}
	segs = append(segs, c.cut(rs[from:])...)
	// A name the gloss does not spell (Jensen Huang, Tsai Ing-wen): when the
	// gloss is nothing but a name and the dictionary breaks a short run into
	// single characters, the run is the name.
	if len(names) == 0 && nameOnly(parts) && shortHan(rs) && hasSingleHan(segs) {
		return []string{run}
	}
	// A run printed with no gloss at all that has a name's shape and that
	// the dictionary cuts at the surname or before a last character
	// standing alone (蔡|英文, 唐|高峰, 李家|超, 司马|建国) is a name: a
	// word of that length the dictionary holds whole or cuts elsewhere, and
	// the words with a bound part the domain list holds (高水平), stay as
	// they are.
	if len(parts) == 0 && nameCut(rs, segs) {
		return []string{run}
	}
	return segs
}

// nameCut reports whether segs, the dictionary's cut of rs, cuts a run of
// a Chinese name's shape (PersonName) where names break and words do not:
// after its surname (蔡|英文, 司马|建国), or before a given name's last
// character left alone (李家|超, 周立|红).
func nameCut(rs []rune, segs []string) bool {
	if len(segs) < 2 || !PersonName(string(rs)) {
		return false
	}
	// A leader's name of the names list opening the run is that name
	// before a word (李强|调 is 李|强调, "Li stressed").
	for k := 2; k < len(rs); k++ {
		if leaders[string(rs[:k])] {
			return false
		}
	}
	surname := 1
	if compoundSurname(rs) {
		surname = 2
	}
	last := []rune(segs[len(segs)-1])
	return utf8.RuneCountInString(segs[0]) == surname || len(last) == 1 && IsHan(last[0])
}

// Known reports whether the dictionary holds w as a word.
func (c *Chinese) Known(w string) bool {
	if freq, _, ok := c.seg.Find(w); ok && freq > 0 {
		return true
	}
	s, changed := c.simplify([]rune(w))
	if !changed {
		return false
	}
	freq, _, ok := c.seg.Find(string(s))
	return ok && freq > 0
}

// cut segments rs with gse's dictionary and HMM, keeping the letter case of
// the input (gse lowercases Latin letters, and its switch for that is a
// package variable that other users of gse would see changed).
func (c *Chinese) cut(rs []rune) []string {
	if len(rs) == 0 {
		return nil
	}
	// Traditional characters are cut in their simplified form, the
	// segments taken from the run as printed: the simplified list holds
	// words the traditional one lacks (社會|科學院 rather than
	// 社會科學|院台灣).
	simple, _ := c.simplify(rs)
	var out []string
	at := 0
	for _, w := range c.seg.Cut(string(simple), true) {
		n := len([]rune(w))
		if n == 0 || at+n > len(rs) {
			continue
		}
		if c.functionGlued(w) || at > 0 && IsHan(rs[at-1]) && at+n < len(rs) && IsHan(rs[at+n]) && particleGlued(w) {
			// A pronoun or particle the HMM glued to the character after
			// it (我握, 使党) is a word of its own.
			out = append(out, string(rs[at:at+1]), string(rs[at+1:at+n]))
		} else if c.gluedBefore(w) {
			// A character the HMM glued to a word its trimmed dictionary
			// lacks (踢毽子 "kick a shuttlecock") stands apart from it.
			out = append(out, string(rs[at:at+1]), string(rs[at+1:at+n]))
		} else {
			out = append(out, string(rs[at:at+n]))
		}
		at += n
	}
	if at < len(rs) { // gse dropped text: keep it rather than lose it
		out = append(out, string(rs[at:]))
	}
	return attachSuffixes(c.joinSetPhrases(joinParallelIdioms(c.regroupSuffix(c.splitFreeCompounds(c.joinRareWords(out))))))
}

// joinRareWords joins two characters that gse's cut leaves standing alone
// side by side into the word CC-CEDICT holds them as and gse's trimmed
// dictionary lacks as too rare (汤|圆 is 汤圆 "sweet dumpling", 鬼|魅
// "ghost"), unless either is a function word (functionChar, freeChar)
// or could as well form such a word with its other neighbour standing
// alone, which leaves the break unclear.
func (c *Chinese) joinRareWords(segs []string) []string {
	lone := func(i int) bool {
		return i >= 0 && i < len(segs) && utf8.RuneCountInString(segs[i]) == 1 && allHan(segs[i])
	}
	rare := func(i int) bool {
		w := segs[i] + segs[i+1]
		return lone(i) && lone(i+1) && !strings.ContainsFunc(w, func(r rune) bool { return functionChar(r) || freeChar(r) }) && !c.Known(w) && senses.Of(w) != ""
	}
	out := segs[:0:0]
	for i := 0; i < len(segs); i++ {
		if i+1 < len(segs) && rare(i) && !(i > 0 && rare(i-1)) && !(i+2 < len(segs) && rare(i+1)) {
			out = append(out, segs[i]+segs[i+1])
			i++
			continue
		}
		out = append(out, segs[i])
	}
	return out
}

// gluedBefore reports whether w, a piece of gse's cut, is one character
// and a word of two characters or more that its HMM made into one: w is
// a word neither gse's dictionary nor CC-CEDICT holds, nor a set phrase
// or a name's shape, while what follows its first character is a word of
// CC-CEDICT (毽子 "shuttlecock"), which gse's trimmed
// dictionary lacks as too rare.
func (c *Chinese) gluedBefore(w string) bool {
	rs := []rune(w)
	return len(rs) >= 3 && allHan(w) && !c.Known(w) && senses.Of(w) == "" && !PersonName(w) && !isIdiom(w) && senses.Of(string(rs[1:])) != ""
}

// splitFreeCompounds cuts each word of four characters that the
// dictionary holds whole into its halves where both are words it holds
// too: a compound of words that stand alone, which the segmentation
// conventions split (综合|国力 "comprehensive national power", 整风|运动
// "rectification movement"), while gse's corpus lists many such compounds
// as one word. Kept whole are the domain list's terms (listed to win over
// a split: 市场经济), a word with -主义 (ismSuffixes: 社会主义), a
// four-character idiom of the shape XAXB (一心一意, which
// joinParallelIdioms would not rejoin from two words), a geographic
// feature's name, its generic word last (青藏高原 "Qinghai-Tibet Plateau",
// lexicon.HanziFeatureHeads), and a word whose first three characters are
// a word too, which its last may close as a bound suffix (外交部长 "foreign
// minister" is 外交部's 长, not 外交 and 部长), and a word that means what
// neither half does (lexicalised: 意识形态 "ideology").
func (c *Chinese) splitFreeCompounds(segs []string) []string {
	out := segs[:0:0]
	for _, w := range segs {
		rs := []rune(w)
		if len(rs) != 4 || !allHan(w) || domainTerms[w] || parallelIdiom(rs) {
			out = append(out, w)
			continue
		}
		first, second := string(rs[:2]), string(rs[2:])
		if ismSuffixes[second] || lexicon.HanziFeatureHeads.Has(second) || !c.Known(first) || !c.Known(second) || c.Known(string(rs[:3])) || lexicalised(w, first, second) {
			out = append(out, w)
			continue
		}
		out = append(out, first, second)
	}
	return out
}

// lexicalised reports whether the four-character word w, of the halves
// first and second, means what neither half does: CC-CEDICT's senses of
// w share no stem with those of either half, nor one derived from it
// (意识形态 "ideology", of 意识 "consciousness" and 形态 "form"; 通货膨胀
// "inflation", 上层建筑 "superstructure"; but 中华民族 "nation" is
// 民族's "national"). Its halves do not stand alone in it, so the
// segmentation conventions keep it one word, where a compound that
// takes its senses from its halves splits (信息|技术 "information
// technology", 中华|民族). A word or half the dictionary lacks tells
// nothing.
func lexicalised(w, first, second string) bool {
	whole, a, b := senses.Of(w), senses.Of(first), senses.Of(second)
	return whole != "" && a != "" && b != "" && !senses.Related(whole, a) && !senses.Related(whole, b)
}

// zhiWords are the words 之 opens that stand as words of their own: 之后
// ("after"), 之间, 之一, and the nouns of names (美国之音 "Voice of
// America", 德国之声). Elsewhere 之, the classical "of", is a particle of
// its own before more Chinese, however the dictionary joins it to the
// character after it: that adjective or noun belongs to what follows or
// stands alone (百年|未有|之|大|变局 "great change unseen in a century",
// 文明|之|花|共同|栽).
const zhiWords = "之后之後之前之间之間之中之一之外之下之上之内之內之类之類之际之際之余之餘之初之时之時之处之處之音之声之聲之路之父之都"

// particleGlued reports whether w is 之 and one character after it that
// zhiWords does not list as a word. Only after Chinese is 之 the particle:
// opening a run it is a name's (之江 "Zhijiang"); and closing one, 之 and
// its noun are a word of a name (自由之家 "Freedom House").
func particleGlued(w string) bool {
	if !strings.HasPrefix(w, "之") || utf8.RuneCountInString(w) != 2 || !allHan(w) {
		return false
	}
	for i := 0; i+len(w) <= len(zhiWords); i += len(w) {
		if zhiWords[i:i+len(w)] == w {
			return false
		}
	}
	return true
}

// regroupSuffixes are the suffixes that the dictionary takes for the end of
// a word of two characters it knows (结论 "conclusion", 方式 "way"), when
// they are the suffix of the word before: 历史|终结论 ("end of history
// theory") rather than 历史|终|结论, 塌方式|腐败 ("landslide-style
// corruption") rather than 塌|方式|腐败.
const regroupSuffixes = "论論式"

// regroupSuffix rejoins a single character and the word of two characters
// after it that ends in one of regroupSuffixes, where the single character
// and the first of the two are a word the dictionary holds: 终|结论 is
// 终结论.
func (c *Chinese) regroupSuffix(segs []string) []string {
	for i := 0; i+1 < len(segs); i++ {
		a, b := segs[i], segs[i+1]
		if utf8.RuneCountInString(a) != 1 || utf8.RuneCountInString(b) != 2 {
			continue
		}
		first, size := utf8.DecodeRuneInString(b)
		if last, _ := utf8.DecodeLastRuneInString(b); !strings.ContainsRune(regroupSuffixes, last) || !allHan(a) || !IsHan(first) || !c.Known(a+b[:size]) {
			continue
		}
		segs[i] += segs[i+1]
		segs = append(segs[:i+1], segs[i+2:]...)
	}
	return segs
}

// functionChar reports whether r is a pronoun or particle of one
// character that stands as a word of its own (lexicon
// hanzi-function-chars).
func functionChar(r rune) bool { return lexicon.HanziFunctionChars.Has(string(r)) }

// freeChar reports whether r is an auxiliary, adverb or verb of one
// character that stands before a word as a word of its own (要|有 "must
// have", 不|会 "will not"; lexicon hanzi-free-chars).
func freeChar(r rune) bool { return lexicon.HanziFreeChars.Has(string(r)) }

// functionWord reports whether w is a function character standing alone.
func functionWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && functionChar(r)
}

// functionGlued reports whether w, a piece of the dictionary's cut, is two
// or three characters the dictionary does not hold as a word, the first a
// function character: the HMM joined them where no word joins them (我握,
// 我太难).
func (c *Chinese) functionGlued(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 3 || !functionChar(rs[0]) || !allHan(w) {
		return false
	}
	_, _, known := c.seg.Find(w)
	return !known
}

// joinDomainWords joins consecutive segments that together are a word of
// the domain list, the longest first.
func joinDomainWords(segs []string) []string {
	var out []string
	for i := 0; i < len(segs); i++ {
		j := len(segs)
		for ; j > i+1 && !domainTerms[strings.Join(segs[i:j], "")]; j-- {
		}
		out = append(out, strings.Join(segs[i:j], ""))
		i = j - 1
	}
	return out
}

// idiomLine is the length in bytes of a line of dict/zh_idioms.txt: four
// characters of three bytes and a newline.
const idiomLine = 13

// isIdiom reports whether w is one of the set phrases of dict/zh_idioms.txt,
// by binary search over its lines in place.
func isIdiom(w string) bool {
	if len(w) != idiomLine-1 {
		return false
	}
	n := len(idiomWords) / idiomLine
	i := sort.Search(n, func(i int) bool { return idiomWords[i*idiomLine:i*idiomLine+idiomLine-1] >= w })
	return i < n && idiomWords[i*idiomLine:i*idiomLine+idiomLine-1] == w
}

// joinSetPhrases joins into one segment the four characters of a set
// phrase that the dictionary cut into pieces that do not stand alone. A
// set phrase is one of dict/zh_idioms.txt cut with a single character or a
// piece the dictionary does not hold, which gse's HMM made up (瑕|不|掩瑜
// is 瑕不掩瑜 "the flaw does not hide the jade", 勇往|直前, 以旧|换|新);
// or four characters standing alone between punctuation marks or the run's
// ends, cut with both (万邦来|朝, "all nations come to court") or into
// pieces none of which the dictionary holds (春蛙|秋蟬, 東問|西答), which
// are no words it knows. Words that stand alone stay split, set phrase or
// not (忧患|意识, 自立|自强, 自主|可控), and so do numbers and what a
// numeral opens (三权|分置).
func (c *Chinese) joinSetPhrases(segs []string) []string {
	out := segs[:0]
	afterHan := false // whether the segment before segs[i] is Chinese
	for i := 0; i < len(segs); i++ {
		j, n, single, unknown, number, none, domainLast := i, 0, false, false, false, true, false
		for j < len(segs) && n < 4 && allHan(segs[j]) {
			k := utf8.RuneCountInString(segs[j])
			ok, _ := numberWord([]rune(segs[j]))
			known := c.Known(segs[j])
			n, single, unknown, number, none = n+k, single || k == 1, unknown || !known, number || ok, none && !known
			domainLast = j > i && domainOnly[segs[j]]
			j++
		}
		// A pronoun or particle standing alone makes the stretch a phrase
		// of words (我|太难|了, "I have it so hard"), no set phrase, unless
		// the list holds it.
		alone := !afterHan && (j == len(segs) || !allHan(segs[j])) && !slices.ContainsFunc(segs[i:j], functionWord)
		counted := strings.ContainsRune(Numerals, []rune(segs[i])[0])
		if j-i > 1 && n == 4 && !number && ((single || unknown || domainLast) && isIdiom(strings.Join(segs[i:j], "")) || alone && (single && unknown || none && !counted)) {
			out = append(out, strings.Join(segs[i:j], ""))
			i, afterHan = j-1, true
			continue
		}
		afterHan = allHan(segs[i])
		out = append(out, segs[i])
	}
	return out
}

// joinParallelIdioms joins the segments that together are four characters
// of the shape XAXB, the same character first and third, into the one idiom
// they are: 能上能下 ("able to go up and down"), 不骄不躁, 有声有色,
// 一心一意. The dictionary holds few of them, and its HMM splits them
// (能|上|能|下, 不|骄不躁); two words of two characters stay apart.
func joinParallelIdioms(segs []string) []string {
	out := segs[:0]
	for i := 0; i < len(segs); i++ {
		j, n := i, 0
		for j < len(segs) && n < 4 {
			n += utf8.RuneCountInString(segs[j])
			j++
		}
		// Two words of two characters are words (主张|主权).
		words := j-i == 2 && utf8.RuneCountInString(segs[i]) == 2
		if j-i > 1 && !words && n == 4 && parallelIdiom([]rune(strings.Join(segs[i:j], ""))) {
			out = append(out, strings.Join(segs[i:j], ""))
			i = j - 1
			continue
		}
		out = append(out, segs[i])
	}
	return out
}

// parallelIdiom reports whether rs is four Chinese characters XAXB.
func parallelIdiom(rs []rune) bool {
	return len(rs) == 4 && allHan(string(rs)) && rs[0] == rs[2] && rs[1] != rs[3] && rs[0] != rs[1] && rs[0] != rs[3]
}

// wordSuffixes are the single characters that, standing alone after a word,
// form a new word with it rather than one of their own: 常态化
// ("normalised"), 心理战 ("psychological warfare"), 主导权 ("leading
// role"), 改革家 ("reformer"), 认知域 ("cognitive domain"), 战略性
// ("strategic"), 安全观 ("security outlook"), 机遇期 ("period of
// opportunity"), 获得感 ("sense of gain"), 运动式 ("campaign-style"),
// 创新型 ("innovation-oriented"), 创新链 ("innovation chain"), 信息员
// ("informant"), 躺平族 ("the lying-flat crowd"), 工作制 ("work
// schedule"), a language's 语 after its country (日本語, 葡萄牙语), in
// either script, and 版 ("edition") after a language or a medium
// (英文版 "English edition", 海外版, 电子版). The dictionary cannot list
// every such word.
const wordSuffixes = "化战戰权權家域性观觀期感式型链鏈员員族制语語版"

// theorySuffixes are 论 ("theory", "-ism"), which closing a run forms a
// word with the word before it (中国|威胁论 "China threat theory",
// 阴谋论, 历史|终结论) and inside one is the verb "on", "to discuss"
// (习近平|论|…, "Xi Jinping on …").
const theorySuffixes = "论論"

// placeSuffixes are the single characters of an administrative division,
// which form one word with the place name of two characters before them, as
// the dictionary already has 深圳市 and 连江县: 金门县, 温州市, 高雄市, in
// either script.
const placeSuffixes = "省市县縣镇鎮乡鄉"

// Numerals are the Chinese numerals that, standing alone before a single
// character, form one word with it: a number and its measure word or noun
// (七副 "seven deputies", 五个, 三样), in either script. One to nine come
// first and in order, so that a figure indexes its numeral.
const Numerals = "一二三四五六七八九十两兩百千万萬"

// counters are the measure words, and 大 ("major"), that form one word
// with the numeral before them and none with the words they count: 两个|确立,
// 三大|倡议, 三次|分配, 一号|文件.
const counters = "个個项項条條种種类類名大次届屆号號批轮輪"

// ordinal is 第, which makes an ordinal of the number after it (第二十次).
const ordinal = '第'

// numberWord reports whether rs is a number written in Chinese, perhaps an
// ordinal, perhaps with its measure word: 二十, 第二十, 十九届, 第二十次.
// counted reports whether it ends in its measure word.
func numberWord(rs []rune) (ok, counted bool) {
	k := 0
	if len(rs) > 0 && rs[0] == ordinal {
		k++
	}
	digits := k
	for k < len(rs) && strings.ContainsRune(Numerals, rs[k]) {
		k++
	}
	switch {
	case k == digits:
		return false, false
	case k == len(rs):
		return true, false
	case k == len(rs)-1 && strings.ContainsRune(counters, rs[k]):
		return true, true
	}
	return false, false
}

// severalDigitsCounted reports whether rs is a number of several digits
// and its measure word, which stand apart (十四|届, 二十|个), as a number of
// one digit and its measure word do not (两个, 十大); an ordinal is one
// word (第十四届), and so is a word of the domain list (二十大, "the 20th
// Party Congress").
func severalDigitsCounted(rs []rune) bool {
	ok, counted := numberWord(rs)
	return ok && counted && rs[0] != ordinal && len(rs) > 2 && !domainTerms[string(rs)]
}

// numberParts returns a number and its measure word as segments: apart
// after several digits (十四|个), one word after one (两个).
func numberParts(rs []rune) []string {
	if severalDigitsCounted(rs) {
		return []string{string(rs[:len(rs)-1]), string(rs[len(rs)-1:])}
	}
	return []string{string(rs)}
}

// countedAt returns where the words a segment counts begin, after its
// numeral and measure word, and 0 when it counts none: 两个确立 at 2.
func countedAt(rs []rune) int {
	k := 0
	for k < len(rs) && strings.ContainsRune(Numerals, rs[k]) {
		k++
	}
	if k == 0 || k+2 >= len(rs) || !strings.ContainsRune(counters, rs[k]) {
		return 0
	}
	return k + 1
}

// ismSuffixes are the two-character suffixes that, after a word, form one
// word with it: 多边主义 ("multilateralism"), 极端主義, as 社会主义 is
// one word in the dictionary.
var ismSuffixes = map[string]bool{"主义": true, "主義": true}

// deputyPrefix is 副 ("deputy", "vice"), which, standing alone before an
// office, forms one word with it: 副总理, 副主席, 副部长, in either script.
const deputyPrefix = "副"

// joinsNumber reports whether the segments a and b are the parts of one
// number that the dictionary split inside its digits: 第二|十次. A measure
// word after a number of several digits stands apart (二十|条, 十九|届),
// and joins an ordinal (第三十九次).
func joinsNumber(a, b string) bool {
	ok, counted := numberWord([]rune(a))
	if ok && !counted && strings.HasPrefix(a, string(ordinal)) && utf8.RuneCountInString(b) == 1 && strings.Contains(counters, b) {
		// seeds/README: an ordinal is one segment, however many digits
		// it has (第三十九|次 is 第三十九次, as 第二十次 is).
		return true
	}
	if first, _ := utf8.DecodeRuneInString(b); !ok || counted || !strings.ContainsRune(Numerals, first) {
		return false
	}
	ok, _ = numberWord([]rune(a + b))
	return ok
}

// attachSuffixes settles the affixes the dictionary treats unevenly. A
// word-forming suffix joins the word before it, 副 the office after it, and
// a single character a numeral or a figure of one digit standing alone
// before it (两个, 6期 "issue 6"); the agency
// suffixes 局 and 署 ("bureau", "administration") stand apart from the name
// of what the agency handles (海警局 is 海警|局, as 国家数据局 is
// 国家|数据|局), unless the domain list holds the word whole (政治局); a
// numeral and its measure word stand apart from the words they count
// (两个|确立).
func attachSuffixes(segs []string) []string {
	var out []string
	for i, s := range segs {
		rs := []rune(s)
		single := len(rs) == 1 && IsHan(rs[0]) && !strings.ContainsRune(Numerals, rs[0])
		closing := i+1 == len(segs) || !allHan(segs[i+1])
		switch n := len(out); {
		case n > 0 && joinsNumber(out[n-1], s):
			out = append(out[:n-1], numberParts([]rune(out[n-1]+s))...)
		case countedAt(rs) > 0:
			k := countedAt(rs)
			out = append(append(out, numberParts(rs[:k])...), string(rs[k:]))
		case severalDigitsCounted(rs):
			out = append(out, numberParts(rs)...)
		case n > 0 && single && (strings.ContainsRune(wordSuffixes, rs[0]) || closing && strings.ContainsRune(theorySuffixes, rs[0])) && utf8.RuneCountInString(out[n-1]) >= 2 && allHan(out[n-1]):
			out[n-1] += s
		case n > 0 && single && strings.ContainsRune(placeSuffixes, rs[0]) && utf8.RuneCountInString(out[n-1]) == 2 && allHan(out[n-1]):
			out[n-1] += s
		case n > 0 && ismSuffixes[s] && utf8.RuneCountInString(out[n-1]) >= 2 && allHan(out[n-1]):
			out[n-1] += s
		case n > 0 && out[n-1] == deputyPrefix && len(rs) >= 2 && len(rs) <= 3 && allHan(s):
			out[n-1] += s
		case n > 0 && single && oneDigit(out[n-1]):
			out[n-1] += s
		case len(rs) >= 3 && (rs[len(rs)-1] == '局' || rs[len(rs)-1] == '署') && allHan(s) && !domainTerms[s]:
			k := agencyHeadAt(rs)
			out = append(out, string(rs[:k]), string(rs[k:]))
		case bodyHeadAt(rs) > 0 && allHan(s) && !domainTerms[s]:
			k := bodyHeadAt(rs)
			out = append(out, string(rs[:k]), string(rs[k:]))
		default:
			out = append(out, s)
		}
	}
	return out
}

// oneDigit reports whether w is a number of one digit: a Chinese numeral
// or a figure (七, 6), which forms one word with its measure word (七副,
// 6期), where a number of several digits stands apart from it (2023|年).
func oneDigit(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && (strings.ContainsRune(Numerals, r) || r >= '0' && r <= '9')
}

// agencyHeadAt returns where the head of an agency's name begins in rs,
// which ends in 局 or 署: at 总 ("general") before it, which heads the
// name with it (广电|总局, 海关|总署), else at the last character
// (国家数据|局).
func agencyHeadAt(rs []rune) int {
	if k := len(rs) - 2; k >= 2 && (rs[k] == '总' || rs[k] == '總') {
		return k
	}
	return len(rs) - 1
}

// bodyHeadAt returns where the free word heading a body's name begins in
// a word the dictionary holds whole, after a word of its own of two
// characters or more (北京大学 at 2, 人民日报, 中央政府), and 0 when it holds
// none: the name splits into its words (北京|大学), as the dictionary
// already splits the names it does not list (四川|大学 is no entry).
func bodyHeadAt(rs []rune) int {
	for k := 2; k <= 3; k++ {
		if len(rs)-k >= 2 && lexicon.HanziBodyWords.Has(string(rs[len(rs)-k:])) {
			return len(rs) - k
		}
	}
	return 0
}

func allHan(s string) bool { return !strings.ContainsFunc(s, func(r rune) bool { return !IsHan(r) }) }

// Spells reports whether printed, a romanisation as an article prints it
// (any case, with or without tone marks), spells every character of run.
func Spells(run, printed string) bool {
	if moreWords(printed, utf8.RuneCountInString(run)) {
		return false // each word spells a character at least
	}
	_, _, ok := pinyin.Spell([]rune(run), printedWords(printed))
	return ok
}

// Plain drops the tone marks of printed pinyin and writes ü as u, keeping
// its case and spaces (Xiàmén → Xiamen, lǜsè → luse).
func Plain(printed string) string { return pinyin.Plain(printed) }

// GlossPinyin romanises segments in two forms: plain pinyin, toneless with
// ü written u ("wangluo zhuquan"), and pinyin with its tone marks
// ("wǎngluò zhǔquán"). Each segment is one group of syllables, the groups
// separated by spaces, all in lower case; a person's name is two, its
// surname and its given name ("xi jinping"), or as many as the gloss spells
// it in ("ouyang ming"); Latin letters in a run are kept as printed
// ("zhuquan AI jichusheshi"); a segment with nothing to romanise (a
// quotation mark) gives no group. gloss is the run's gloss as given to
// Segment, "" if none: a segment that the gloss spells keeps the readings
// the gloss confirms (曾庆红 with "Zeng Qinghong" is zeng qinghong, not
// ceng qinghong), and a run that is a name the gloss does not spell reads
// its first character as a surname; so does one the text calls a person
// (person: President 蔡英文, 李家超 said), glossed or not.
func GlossPinyin(segments []string, gloss string, person bool) (plain, toned string) {
	parts := glossParts(gloss)
	nameRun := len(segments) == 1 && shortHan([]rune(segments[0])) && (person || nameOnly(parts) && personsName(parts[0]) && !namesBody(segments[0], gloss))
	var groups []string
	for _, s := range segments {
		rs := []rune(s)
		syllables, covers, words := spelledBy(rs, parts)
		// A name the gloss spells is printed surname first.
		printedName := len(words) > 1 && allCapital(words) && lexicon.Surnames.Has(words[0].text)
		name := nameRun || printedName || leaders[s]
		read := pinyin.Read(s, name, syllables)
		switch {
		case printedName: // in as many words as the gloss prints it
		case strings.IndexFunc(s, IsNameDot) >= 0:
			covers = nil // a transliterated name reads as one word
		case name && shortHan(rs) && compoundSurname(rs):
			covers = []int{2, len(rs) - 2}
		case name && shortHan(rs):
			covers = []int{1, len(rs) - 1}
		default:
			covers = nil
		}
		if g := joinSyllables(read, covers); g != "" {
			groups = append(groups, g)
		}
	}
	toned = strings.Join(groups, " ")
	return pinyin.Plain(toned), toned
}

// namesBody reports whether a gloss that looks like a person's name
// (Legislative Yuan, where Yuan is a surname) rather names the body the run
// is: the run ends in the head of a body's name (立法院, 监察院) and the gloss
// does not spell it, as a name printed beside its hanzi does (Zhang Jun
// 张军, whose given name ends in a head too).
func namesBody(run, gloss string) bool {
	rs := []rune(run)
	return lexicon.HanziHeads.Has(string(rs[len(rs)-1])) && !Spells(run, gloss)
}

// joinSyllables joins syllables into words, covers[i] syllables the i-th
// (all of them one word when covers is nil), the words separated by
// spaces.
func joinSyllables(syllables []string, covers []int) string {
	if covers == nil {
		return strings.Join(syllables, "")
	}
	var words []string
	at := 0
	for _, n := range covers {
		words = append(words, strings.Join(syllables[at:at+n], ""))
		at += n
	}
	return strings.Join(words, " ")
}

// glossWord is one word of a gloss, normalised for comparison with pinyin.
type glossWord struct {
	text    string
	capital bool
	// hyphenated: printed with a hyphen, as the given names of Taiwan and
	// Hong Kong are (Ing-wen, Ka-chiu).
	hyphenated bool
}

// glossParts splits a gloss into its parts (at punctuation other than the
// apostrophes and hyphens inside words) and each part into words.
func glossParts(gloss string) [][]glossWord {
	var parts [][]glossWord
	for _, f := range strings.FieldsFunc(gloss, func(r rune) bool {
		return !isGlossRune(r) && !unicode.IsSpace(r)
	}) {
		var part []glossWord
		for _, w := range strings.Fields(f) {
			if n := pinyin.Normalize(w); n != "" {
				part = append(part, glossWord{text: n, capital: unicode.IsUpper([]rune(w)[0]), hyphenated: strings.Contains(w, "-")})
			}
		}
		if len(part) > 0 {
			parts = append(parts, part)
		}
	}
	return parts
}

func isGlossRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-'
}

// moreWords reports whether printed holds more than n of the words
// printedWords reads, looking no further than the word past n: a rule may
// ask whether the rest of a long line spells a run.
func moreWords(printed string, n int) bool {
	words, in, kept := 0, false, false
	for _, r := range printed {
		if isGlossRune(r) {
			in = true
			kept = kept || !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’' && r != '-'
			continue
		}
		if in && kept {
			if words++; words > n {
				return true
			}
		}
		in, kept = false, false
	}
	return in && kept && words+1 > n
}

func printedWords(s string) []string {
	var out []string
	for _, p := range glossParts(s) {
		for _, w := range p {
			out = append(out, w.text)
		}
	}
	return out
}

func wordTexts(ws []glossWord) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// transliterated segments rs along a gloss part that spells all of it:
// each lower-case word is a segment, and consecutive capitalised words are
// one name, but for a term printed in title case, each of whose words
// spells a word the dictionary holds (Jūnhéng Fāzhǎn: 均衡|发展).
func (c *Chinese) transliterated(rs []rune, part []glossWord) ([]string, bool) {
	covers, _, ok := pinyin.Spell(rs, wordTexts(part))
	if !ok || !breaksWords(covers, part) {
		return nil, false
	}
	var segs []string
	at := 0
	for i := 0; i < len(covers); {
		j, n, words := i+1, covers[i], covers[i] > 1 && c.Known(string(rs[at:at+covers[i]]))
		for j < len(covers) && part[i].capital && part[j].capital {
			words = words && covers[j] > 1 && c.Known(string(rs[at+n:at+n+covers[j]]))
			n += covers[j]
			j++
		}
		if j-i > 1 && (words || n > maxNameRunes) {
			// Title case, not a name: each word a segment. Its words are
			// ones the dictionary holds, or they spell more characters than
			// a person's name has (Zhōngguó Tiānzhǔjiào Àiguó Huì).
			j, n = i+1, covers[i]
		}
		segs = append(segs, string(rs[at:at+n]))
		at, i = at+n, j
	}
	return segs, true
}

// breaksWords reports whether a transliteration's word breaks say where
// the words of a run are: one word of up to three syllables is one word
// (zhaijidi), but pinyin run together over more (renzhiyuzuozhan) or
// spaced syllable by syllable (xīn cháng tài), as primers print it, most
// of its words a syllable each, says nothing of them. A capitalised word is a name, which its spelling always
// delimits.
func breaksWords(covers []int, part []glossWord) bool {
	if len(part) > 0 && part[0].capital || len(covers) == 0 {
		return true
	}
	total, singles := 0, 0
	for _, n := range covers {
		total += n
		if n == 1 {
			singles++
		}
	}
	if len(covers) == 1 {
		return total <= 3
	}
	// Mostly syllable by syllable, a word or two run together (guan yuan
	// kao he tixi for 官员考核体系), is still a primer's spacing.
	return 2*singles <= len(covers)
}

// nameRanges finds the stretches of rs, two characters or more, that a
// sequence of two or more capitalised gloss words spells (a name inside a
// longer run, as Xi Jinping in 习近平思想), longest names first, in text
// order, never overlapping. A single capitalised word is rather a place
// (Taiwan in the Act Governing Relations … of the Taiwan Area for
// 台灣地區…), which the dictionary knows, and so are capitalised words each
// of which spells a word of two characters or more that the dictionary
// holds (Shanghai Taiwan Institute for 上海台灣研究所), where a person's
// surname spells one character, or two of a compound surname that its
// given name does not continue as a word.
func (c *Chinese) nameRanges(rs []rune, parts [][]glossWord) [][2]int {
	var found [][2]int
	taken := make([]bool, len(rs))
	for _, p := range parts {
		for _, caps := range capitalRuns(p) {
			for size := len(caps); size > 1; size-- {
				for i := 0; i+size <= len(caps); i++ {
					if r, ok := spelledRange(rs, wordTexts(caps[i:i+size]), taken); ok && !c.knownWords(rs[r[0]:r[1]], wordTexts(caps[i:i+size])) {
						found = append(found, r)
						for k := r[0]; k < r[1]; k++ {
							taken[k] = true
						}
					}
				}
			}
		}
	}
	// Insertion sort: there are at most a handful.
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j][0] < found[j-1][0]; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	return found
}

// knownWords reports whether each of the words ws, which spell rs, spells
// a word of two characters or more that the dictionary holds.
func (c *Chinese) knownWords(rs []rune, ws []string) bool {
	covers, _, ok := pinyin.Spell(rs, ws)
	if !ok {
		return false
	}
	at := 0
	for _, n := range covers {
		if n < 2 || !c.Known(string(rs[at:at+n])) {
			return false
		}
		at += n
	}
	return true
}

// capitalRuns returns the maximal sequences of capitalised words in part.
func capitalRuns(part []glossWord) [][]glossWord {
	var runs [][]glossWord
	start := -1
	for i := 0; i <= len(part); i++ {
		if i < len(part) && part[i].capital {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			runs = append(runs, part[start:i])
			start = -1
		}
	}
	return runs
}

// spelledRange finds a stretch of at least two free Han characters of rs
// that ws spells.
func spelledRange(rs []rune, ws []string, taken []bool) ([2]int, bool) {
	free := func(i int) bool { return !taken[i] && IsHan(rs[i]) }
	for from := range rs {
		for last := from + 1; last < len(rs) && free(from) && free(last); last++ {
			if _, _, ok := pinyin.Spell(rs[from:last+1], ws); ok {
				return [2]int{from, last + 1}, true
			}
		}
	}
	return [2]int{}, false
}

// spelledBy returns, for a segment of Chinese characters that some sequence
// of gloss words spells, the toneless syllable of each character, how many
// characters each of those words covers, and the words. All are nil when no
// gloss words spell the segment.
func spelledBy(seg []rune, parts [][]glossWord) (syllables []string, covers []int, words []glossWord) {
	if strings.IndexFunc(string(seg), func(r rune) bool { return !IsHan(r) }) >= 0 {
		return nil, nil, nil
	}
	for _, p := range parts {
		for i := range p {
			for j := i + 1; j <= len(p); j++ {
				if covers, syl, ok := pinyin.Spell(seg, wordTexts(p[i:j])); ok {
					return syl, covers, p[i:j]
				}
			}
		}
	}
	return nil, nil, nil
}

// personsName reports whether a gloss that is a name (nameOnly) names a
// person: two words or more, the first or the last a Chinese surname
// however romanised (Tsai Ing-wen, Donald Tsang), or one a hyphenated given
// name (Hsiao Bi-khim, John Lee Ka-chiu), where Great Wall (长城) and
// Tibetans (藏族) name none.
func personsName(name []glossWord) bool {
	return len(name) > 1 && (lexicon.Surnames.Has(name[0].text) || lexicon.Surnames.Has(name[len(name)-1].text) ||
		slices.ContainsFunc(name[1:], func(w glossWord) bool { return w.hyphenated }))
}

func allCapital(ws []glossWord) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !w.capital {
			return false
		}
	}
	return true
}

// nameOnly reports whether a gloss is a name and nothing else: one part of
// one to four words, all capitalised but perhaps the last syllable of a
// given name printed apart without its hyphen (Tsai Ing wen).
func nameOnly(parts [][]glossWord) bool {
	if len(parts) != 1 || len(parts[0]) > 4 {
		return false
	}
	for i, w := range parts[0] {
		// A word that heads the names of bodies, or of documents, makes the
		// gloss such a name, capitalised like a person's: "Coast Guard
		// Administration" (海巡|署), "Counterespionage Law" (反间谍|法).
		if !w.capital && !(i == len(parts[0])-1 && i >= 2 && givenSyllable(w.text)) || lexicon.OrgHeads.Has(w.text) || lexicon.ThingHeads.Has(w.text) {
			return false
		}
	}
	return true
}

// maxSyllable is the most letters of one syllable of a romanised given
// name (chung, hsien, kwong).
const maxSyllable = 5

// givenSyllable reports whether w, printed in lower case after a name, can
// be the last syllable of its given name: a short word of letters that
// joins no phrase (of, and).
func givenSyllable(w string) bool {
	return len(w) <= maxSyllable && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) && !lexicon.PhraseConnectors.Has(w)
}

// PersonName reports whether run has the shape of a Chinese person's full
// name: a surname (lexicon.HanziSurnames, or a compound one) and a given
// name of one or two characters. Only the text can tell that a run of this
// shape is a name (蔡英文) and not a word (高水平); the caller asks once it
// has (President 蔡英文, 李家超 said).
func PersonName(run string) bool {
	rs := []rune(run)
	if !shortHan(rs) {
		return false
	}
	surname := 1
	if compoundSurname(rs) {
		surname = 2
	} else if !lexicon.HanziSurnames.Has(string(rs[:1])) {
		return false
	}
	return len(rs)-surname <= 2
}

// compoundSurname reports whether a run of three or four characters opens
// with a two-character surname.
func compoundSurname(rs []rune) bool {
	return len(rs) >= 3 && len(rs) <= 4 && lexicon.CompoundSurnames.Has(string(rs[:2]))
}

// maxNameRunes is the most characters of a Chinese name: a compound
// surname and a two-character given name (欧阳静雯).
const maxNameRunes = 4

// shortHan reports whether rs is two to four Chinese characters, the length
// of a Chinese name (or of a compound surname and a two-character given
// name).
func shortHan(rs []rune) bool {
	if len(rs) < 2 || len(rs) > maxNameRunes {
		return false
	}
	for _, r := range rs {
		if !IsHan(r) {
			return false
		}
	}
	return true
}

func hasSingleHan(segs []string) bool {
	for _, s := range segs {
		if rs := []rune(s); len(rs) == 1 && IsHan(rs[0]) {
			return true
		}
	}
	return false
}
