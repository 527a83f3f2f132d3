package main

import (
	"slices"
	"testing"

	"github.com/claimx/claimx/tools/internal/cedict"
)

func TestSegmentWords(t *testing.T) {
	general := map[string]bool{"科学": true, "殖民": true, "户外": true, "公司": true, "可能": true, "责任": true, "一个": true, "健康": true}
	known := map[string]bool{"亚健康": true}
	entries := []cedict.Entry{
		{Traditional: "伪科学", Simplified: "伪科学", Pinyin: "wei3 ke1 xue2"},  // a bound prefix before a word: kept
		{Traditional: "後殖民", Simplified: "后殖民", Pinyin: "hou4 zhi2 min2"}, // in its simplified form
		{Traditional: "在戶外", Simplified: "在户外", Pinyin: "zai4 hu4 wai4"},  // a free word before a word: the conventions split it
		{Traditional: "大公司", Simplified: "大公司", Pinyin: "da4 gong1 si1"},
		{Traditional: "不可能", Simplified: "不可能", Pinyin: "bu4 ke3 neng2"},
		{Traditional: "有責任", Simplified: "有责任", Pinyin: "you3 ze2 ren4"},
		{Traditional: "上一個", Simplified: "上一个", Pinyin: "shang4 yi1 ge4"},
		{Traditional: "亞健康", Simplified: "亚健康", Pinyin: "ya4 jian4 kang1"},      // another list holds it
		{Traditional: "偽科學家", Simplified: "伪科学家", Pinyin: "wei3 ke1 xue2 jia1"}, // not three characters
		{Traditional: "反美國", Simplified: "反美国", Pinyin: "fan3 mei3 guo2"},       // its last two are no word of the general list
		{Traditional: "超科學", Simplified: "超科学", Pinyin: "Chao1 ke1 xue2"},       // a proper noun
	}
	got := segmentWords(entries, known, general)
	if want := []string{"伪科学", "后殖民"}; !slices.Equal(got, want) {
		t.Errorf("segmentWords = %v, want %v", got, want)
	}
}
