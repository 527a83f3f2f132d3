package pinyin

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		seg       string
		name      bool
		confirmed string // syllables separated by spaces, "-" for none
		want      string
	}{
		{"网络", false, "", "wǎng luò"},
		{"基础设施", false, "", "jī chǔ shè shī"},
		{"AI", false, "", "A I"},
		{"5G网络", false, "", "5 G wǎng luò"},
		{"國家", false, "", "guó jiā"},                // traditional characters read as simplified
		{"中国银行", false, "", "zhōng guó yín háng"},   // a word inside a longer segment
		{"藏族", false, "", "zàng zú"},                // a polyphone read from its word
		{"中行", false, "", "zhōng háng"},             // the bank, a word of the table
		{"一个", false, "", "yī gè"},                  // 一 in its own tone
		{"長江", false, "", "cháng jiāng"},            // a traditional word read as its simplified form
		{"還給", false, "", "huán gěi"},               // a traditional word read as its simplified form
		{"绿色", false, "", "lǜ sè"},                  // ü kept
		{"埃隆·马斯克", true, "", "āi lóng - mǎ sī kè"},  // the name dot is not romanised
		{"曾庆红", true, "", "zēng qìng hóng"},         // the surname reading
		{"曾经", false, "", "céng jīng"},              // not a name
		{"单于", true, "", "chán yú"},                 // a compound surname
		{"薄熙来", true, "", "bó xī lái"},              // a surname
		{"曾荫权", false, "zeng - -", "zēng yīn quán"}, // the printed reading wins
		{"行长", false, "xing zhang", "xíng zhǎng"},   // even over a word of the table
	} {
		var confirmed []string
		if tc.confirmed != "" {
			confirmed = strings.Fields(strings.ReplaceAll(tc.confirmed, "-", "_"))
			for i, c := range confirmed {
				if c == "_" {
					confirmed[i] = ""
				}
			}
		}
		got := Read(tc.seg, tc.name, confirmed)
		for i, g := range got {
			if g == "" {
				got[i] = "-"
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Read(%q, %v, %q) = %q, want %q", tc.seg, tc.name, tc.confirmed, got, tc.want)
		}
	}
}

func TestPlain(t *testing.T) {
	for toned, want := range map[string]string{
		"wǎngluò zhǔquán":  "wangluo zhuquan",
		"lǜsè":             "luse",
		"zhǔquán AI jīchǔ": "zhuquan AI jichu",
		"":                 "",
	} {
		if got := Plain(toned); got != want {
			t.Errorf("Plain(%q) = %q, want %q", toned, got, want)
		}
	}
}

func TestSpell(t *testing.T) {
	for _, tc := range []struct {
		han, printed string
		covers       []int // nil: no match
		syllables    string
	}{
		{"闫坤如", "Yan Kunru", []int{1, 2}, "yan kun ru"},
		{"网络主权", "wangluo zhuquan", []int{2, 2}, "wang luo zhu quan"},
		{"网络主权", "wǎngluò zhǔquán", []int{2, 2}, "wang luo zhu quan"},
		{"欧阳明", "Ouyang Ming", []int{2, 1}, "ou yang ming"},
		{"司马睿", "Sima Rui", []int{2, 1}, "si ma rui"},
		{"曾庆红", "Zeng Qinghong", []int{1, 2}, "zeng qing hong"},
		{"单雄信", "Shan Xiongxin", []int{1, 2}, "shan xiong xin"},
		{"吕文", "Lü Wen", []int{1, 1}, "lu wen"},
		{"吕文", "Lv Wen", []int{1, 1}, "lu wen"},
		{"方滨兴", "Fang Bingxing", []int{1, 2}, "fang bin xing"},
		{"西安", "Xi'an", []int{2}, "xi an"},
		{"主权AI", "zhuquan AI", []int{2, 2}, "zhu quan a i"},
		{"王文涛", "Wang Wentao", []int{1, 2}, "wang wen tao"},
		{"王文涛", "Wangwen Tao", []int{2, 1}, "wang wen tao"},
		// A word must not end inside a syllable, nor a syllable be left over.
		{"西安", "Xia N", nil, ""},
		{"黄仁勋", "Jensen Huang", nil, ""},
		{"王文涛", "Wang Wen", nil, ""},
		{"王", "", nil, ""},
	} {
		covers, syl, ok := Spell([]rune(tc.han), strings.Fields(Normalize(tc.printed)))
		if ok != (tc.covers != nil) || !reflect.DeepEqual(covers, tc.covers) ||
			(ok && strings.Join(syl, " ") != tc.syllables) {
			t.Errorf("Spell(%q, %q) = %v %q %v, want %v %q", tc.han, tc.printed, covers, syl, ok, tc.covers, tc.syllables)
		}
	}
}

// Every table entry must correct something: a word or surname that the
// character-by-character reading already gets right does not belong there,
// nor a word the generated table already reads; every reading has one
// syllable a character, each a syllable of the character.
func TestTablesCorrectDefaults(t *testing.T) {
	words, longest := wordTable()
	generated := map[string]bool{}
	for line := range strings.Lines(generatedWords) {
		if w, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(w, "#") {
			generated[w] = true
		}
	}
	for w := range extraWords {
		if generated[w] {
			t.Errorf("%s: in words.txt already", w)
		}
	}
	for _, table := range []struct {
		entries map[string]string
		longest int
	}{{words, longest}, {surnames, maxSurname}} {
		for k, v := range table.entries {
			chars, syllables := []rune(k), strings.Fields(v)
			if len(chars) != len(syllables) {
				t.Errorf("%s: %q has %d syllables", k, v, len(syllables))
				continue
			}
			var def []string
			for i, r := range chars {
				rd := tonedReadings(r)
				def = append(def, rd[0])
				if !slices.Contains(rd, syllables[i]) && Normalize(syllables[i]) != Normalize(rd[0]) {
					t.Errorf("%s: %q is no reading of %c (%q)", k, syllables[i], r, rd)
				}
			}
			if strings.Join(def, " ") == v {
				t.Errorf("%s: %q is already the default reading", k, v)
			}
			if len(chars) > table.longest {
				t.Errorf("%s is longer than the lookup reads", k)
			}
		}
	}
}

// BenchmarkSpell matches printed romanisations against their characters,
// as the term tagger does for every run of Chinese beside Latin text.
func BenchmarkSpell(b *testing.B) {
	cases := []struct{ han, printed string }{
		{"网络主权", "wangluo zhuquan"},
		{"习近平", "Xi Jinping"},
		{"方滨兴", "Fang Bingxing"},
		{"共同富裕", "gongtong fuyu"},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cases {
			Spell([]rune(c.han), strings.Fields(Normalize(c.printed)))
		}
	}
}
