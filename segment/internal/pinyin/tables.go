package pinyin

// surnames holds the surname reading of characters whose most common reading
// is another one, and of compound surnames that read otherwise together.
// Syllables are separated by a space.
var surnames = map[string]string{
	"曾": "zēng", "单": "shàn", "区": "ōu", "解": "xiè", "仇": "qiú", "朴": "piáo",
	"查": "zhā", "盖": "gě", "缪": "miào", "翟": "zhái", "覃": "qín", "召": "shào",
	"秘": "bì", "种": "chóng", "乐": "yuè", "繁": "pó", "员": "yùn", "折": "shé",
	"重": "chóng", "长": "cháng", "薄": "bó", "尉迟": "yù chí", "万俟": "mò qí", "单于": "chán yú",
	"澹台": "tán tái",
}

// maxSurname is the length, in characters, of the longest key of surnames.
const maxSurname = 2

// extraWords holds word readings that words.txt lacks: words of Chinese
// political and economic writing whose characters, read one by one in
// their most common reading, come out wrong. Syllables are separated by a space.
var extraWords = map[string]string{
	"长三角": "cháng sān jiǎo", "华为": "huá wéi", "華為": "huá wéi",
}
