package pinyin

import (
	"reflect"
	"strings"
	"testing"
)

func TestWord(t *testing.T) {
	for _, tc := range []struct {
		seg  string
		name bool
		want string
	}{
		{"网络", false, "wangluo"},
		{"基础设施", false, "jichusheshi"},
		{"AI", false, "AI"},
		{"5G网络", false, "5Gwangluo"},
		{"國家", false, "guojia"},            // traditional characters read as simplified
		{"中国银行", false, "zhongguoyinhang"}, // a phrase inside a longer segment
		{"绿色", false, "luse"},              // ü written u
		{"埃隆·马斯克", true, "ailongmasike"},   // the name dot is not romanised
		{"曾庆红", true, "zengqinghong"},
		{"曾经", false, "cengjing"},
		{"单于", true, "chanyu"},
		{"欧阳明", true, "ouyangming"},
	} {
		if got := Word(tc.seg, tc.name); got != tc.want {
			t.Errorf("Word(%q, %v) = %q, want %q", tc.seg, tc.name, got, tc.want)
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
// character-by-character reading already gets right does not belong there.
func TestTablesCorrectDefaults(t *testing.T) {
	for _, table := range []struct {
		entries map[string]string
		longest int
	}{{phrases, maxPhrase}, {surnames, maxSurname}} {
		for k, v := range table.entries {
			var def []string
			for _, r := range k {
				def = append(def, readings(r)[0])
			}
			if strings.Join(def, " ") == v {
				t.Errorf("%s: %q is already the default reading", k, v)
			}
			if len([]rune(k)) > table.longest {
				t.Errorf("%s is longer than the lookup reads", k)
			}
		}
	}
}
