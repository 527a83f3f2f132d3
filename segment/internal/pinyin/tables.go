package pinyin

// surnames holds the surname reading of characters whose most common reading
// is another one, and of compound surnames that read otherwise together.
// Syllables are separated by a space.
var surnames = map[string]string{
	"曾": "zeng", "单": "shan", "区": "ou", "解": "xie", "仇": "qiu", "朴": "piao",
	"查": "zha", "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "召": "shao",
	"秘": "bi", "种": "chong", "乐": "yue", "繁": "po", "员": "yun", "折": "she",
	"重": "chong", "长": "chang", "尉迟": "yu chi", "万俟": "mo qi", "单于": "chan yu",
	"澹台": "tan tai",
}

// maxSurname is the length, in characters, of the longest key of surnames.
const maxSurname = 2

// phrases holds common words of Chinese political and economic writing whose
// characters, read one by one in their most common reading, come out wrong.
var phrases = map[string]string{
	"银行": "yin hang", "央行": "yang hang", "行业": "hang ye", "行长": "hang zhang",
	"重庆": "chong qing", "重新": "chong xin", "重建": "chong jian", "重复": "chong fu",
	"重申": "chong shen", "双重": "shuang chong",
	"长城": "chang cheng", "长江": "chang jiang", "长期": "chang qi", "长远": "chang yuan",
	"长征": "chang zheng", "延长": "yan chang", "擅长": "shan chang", "长沙": "chang sha",
	"长春": "chang chun", "长安": "chang an", "长三角": "chang san jiao",
	"首都": "shou du", "成都": "cheng du", "都市": "du shi", "西藏": "xi zang",
	"调整": "tiao zheng", "协调": "xie tiao", "调控": "tiao kong", "调节": "tiao jie",
	"率先": "shuai xian", "音乐": "yin yue", "会计": "kuai ji", "传记": "zhuan ji",
	"便宜": "pian yi", "归还": "gui huan", "还原": "huan yuan", "着力": "zhuo li",
	"着眼": "zhuo yan", "着手": "zhuo shou", "着陆": "zhuo lu", "着重": "zhuo zhong",
	"投降": "tou xiang", "了解": "liao jie", "角色": "jue se", "主角": "zhu jue",
	"供给": "gong ji", "给予": "ji yu", "反省": "fan xing", "目的": "mu di",
	"的确": "di que", "厦门": "xia men",
}

// maxPhrase is the length, in characters, of the longest key of phrases.
const maxPhrase = 3
