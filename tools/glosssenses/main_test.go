package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimx/claimx/tools/internal/cedict"
)

// A sense gives the stems of its content words: not its function words,
// a language's name, the dictionary's shorthand, labels or notes (but a
// literal reading), and nothing where it only points to another entry.
func TestSenseStems(t *testing.T) {
	for _, tc := range []struct {
		sense string
		want  []string
	}{
		{"to climb a ladder", []string{"climb", "ladder"}},
		{"leeks (Allium porrum)", []string{"leek"}},
		{"(coll.) gullible investors", []string{"gullible", "investor"}},
		{"fig. a sure thing", []string{"sure", "thing"}},
		{"a safe job (lit. iron rice bowl)", []string{"safe", "job", "iron", "rice", "bowl"}},
		{"to help sb finish sth", []string{"help", "finish"}},
		{"Chinese chives", []string{"chive"}},
		{"an open gate (unclosed", []string{"open", "gate"}},
		{"variant of 梯[ti1]", nil},
		{"see 梯子[ti1 zi5]", nil},
		{"CL:架[jia4]", nil},
		{"surname Liang", nil},
		{"abbr. for 北京大學|北京大学[Bei3 jing1 Da4 xue2]", nil},
		{"also written 台灣|台湾", nil},
	} {
		if got := senseStems(tc.sense); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("senseStems(%q) = %q, want %q", tc.sense, got, tc.want)
		}
	}
}

// Each headword of Chinese, simplified and traditional alike, takes the
// stems of its entries' senses in their order, once each and at most
// maxStems; a headword without Chinese, and a cross-reference, give
// none.
func TestHeadwordStems(t *testing.T) {
	many := strings.Fields("apple banana cherry damson elder fig grape hazel ivy juniper kale lime")
	entries := []cedict.Entry{
		{Traditional: "長城", Simplified: "长城", Pinyin: "Chang2 cheng2", Senses: []string{"the Great Wall", "wall of a city"}},
		{Traditional: "女", Simplified: "女", Pinyin: "nu:3", Senses: []string{"female", "woman"}},
		{Traditional: "女", Simplified: "女", Pinyin: "ru3", Senses: []string{"old variant of 汝[ru3]"}},
		{Traditional: "女", Simplified: "女", Pinyin: "nu:4", Senses: []string{"to give a daughter in marriage"}},
		{Traditional: "119", Simplified: "119", Pinyin: "yao1 yao1 jiu3", Senses: []string{"fire brigade number"}},
		{Traditional: "果", Simplified: "果", Pinyin: "guo3", Senses: many},
		{Traditional: "無", Simplified: "无", Pinyin: "wu2", Senses: nil},
	}
	got := headwordStems(entries)
	want := map[string][]string{
		"長城": {"great", "wall", "city"},
		"长城": {"great", "wall", "city"},
		"女":  {"female", "woman", "give", "daughter", "marriage"},
		"果":  many[:maxStems],
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("headwordStems =\n%q\nwant\n%q", got, want)
	}
}

// The file holds a line a headword, sorted by bytes as senses.Of's binary
// search needs them, its stems a space apart.
func TestRender(t *testing.T) {
	got := render(map[string][]string{"长城": {"great", "wall"}, "女": {"female"}, "長城": {"great", "wall"}})
	want := "女\tfemale\n長城\tgreat wall\n长城\tgreat wall\n"
	if got != want {
		t.Errorf("render = %q, want %q", got, want)
	}
}
