package main

import (
	"slices"
	"testing"
)

func TestSegmentWords(t *testing.T) {
	general := map[string]bool{"科学": true, "殖民": true, "户外": true, "公司": true, "可能": true, "责任": true, "一个": true, "健康": true}
	known := map[string]bool{"亚健康": true}
	entries := []entry{
		{"伪科学", "伪科学", "wei3 ke1 xue2"},  // a bound prefix before a word: kept
		{"後殖民", "后殖民", "hou4 zhi2 min2"}, // in its simplified form
		{"在戶外", "在户外", "zai4 hu4 wai4"},  // a free word before a word: the conventions split it
		{"大公司", "大公司", "da4 gong1 si1"},
		{"不可能", "不可能", "bu4 ke3 neng2"},
		{"有責任", "有责任", "you3 ze2 ren4"},
		{"上一個", "上一个", "shang4 yi1 ge4"},
		{"亞健康", "亚健康", "ya4 jian4 kang1"},      // another list holds it
		{"偽科學家", "伪科学家", "wei3 ke1 xue2 jia1"}, // not three characters
		{"反美國", "反美国", "fan3 mei3 guo2"},       // its last two are no word of the general list
		{"超科學", "超科学", "Chao1 ke1 xue2"},       // a proper noun
	}
	got := segmentWords(entries, known, general)
	if want := []string{"伪科学", "后殖民"}; !slices.Equal(got, want) {
		t.Errorf("segmentWords = %v, want %v", got, want)
	}
}
