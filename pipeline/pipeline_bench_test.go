package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
)

// BenchmarkPipelineArticle is the whole work on one article between reading
// its bytes and writing its rows: decoding and layout, the sentence split
// and every tagger, on the longest gold-set article. The dictionaries are
// loaded before the clock starts.
func BenchmarkPipelineArticle(b *testing.B) {
	seeds, err := fixture.Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var raw []byte
	for _, a := range seeds {
		if filepath.Base(a.Source) == fixture.SeedArticle {
			raw = a.Raw
		}
	}
	if raw == nil {
		b.Fatal("no seed article", fixture.SeedArticle)
	}
	taggers := pipeline.Taggers()
	warm := input.Article(fixture.SeedArticle, raw, nil)
	pipeline.Process(context.Background(), warm, taggers)
	if warm.Err != nil {
		b.Fatal(warm.Err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		a := input.Article(fixture.SeedArticle, raw, nil)
		pipeline.Process(context.Background(), a, taggers)
	}
	fixture.ReportWords(b, fixture.Words(warm))
}

// BenchmarkRun is a whole run over the gold-set article files, with one
// worker and with two: reading, the work on every article and the Parquet
// parts written to a fresh output, in parts of 7 articles.
func BenchmarkRun(b *testing.B) {
	paths, err := input.Paths([]string{filepath.Join("..", "seeds", "written", "articles")})
	if err != nil {
		b.Fatal(err)
	}
	taggers := pipeline.Taggers()
	run := func(b *testing.B, workers int) {
		out, err := output.Open(b.TempDir(), output.Options{Version: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		cfg := pipeline.Config{Workers: workers, PartSize: 7, Taggers: taggers, MaxBytes: input.MaxBytes, Sink: out}
		stats, err := pipeline.Run(context.Background(), cfg, paths, nil)
		if err == nil {
			err = out.Close()
		}
		if err != nil || stats.Written != len(paths) {
			b.Fatalf("stats %+v, err %v", stats, err)
		}
	}
	run(b, 1) // the dictionaries are loaded before the clock starts
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				run(b, workers)
			}
		})
	}
}

// longLineSentences are English sentences with Chinese terms in them, the
// prose of a page whose line breaks were lost in flattening.
var longLineSentences = []string{
	"Officials stressed common prosperity (共同富裕) as the goal of the plan, the ministry said on Tuesday. ",
	"The report spoke of 新质生产力 in its section on industry and of the need for reform. ",
	"Analysts at the bank wrote that the term 内卷 now describes wasteful competition among firms. ",
	"The party journal urged cadres to show 斗争精神, a fighting spirit, in the year ahead. ",
	"Mr Chen, a trader in the port, said the policy of 稳中求进 had not changed his plans. ",
	"In its statement the council cited 高质量发展 (high-quality development) eleven times. ",
	"Reporters noted the phrase 全过程人民民主 during the briefing held in the capital. ",
	"Ms Wang of the institute said that 双循环 was meant to lean on demand at home. ",
	"A commentary in the evening paper praised 中国式现代化 as a model for others. ",
	"The governor told the assembly that 房住不炒 would remain the rule for housing. ",
}

// longLine is an article of one line, n times about 3.3 KB of prose with
// 36 runs of Chinese in it: at n=100, 330 KB and 3,600 runs.
func longLine(n int) []byte {
	var b strings.Builder
	for i := range 36 * n {
		b.WriteString(longLineSentences[i%len(longLineSentences)])
	}
	return []byte(b.String())
}

// BenchmarkLongLine is the work on an article that is one long line, at
// 1, 10 and 100 times its length: linear stages take 10 and 100 times as
// long, where one that reads the rest of the line for each run or match
// would take 100 and 10,000 times.
func BenchmarkLongLine(b *testing.B) {
	taggers := pipeline.Taggers()
	pipeline.Process(context.Background(), input.Article("warm.txt", longLine(1), nil), taggers)
	for _, n := range []int{1, 10, 100} {
		raw := longLine(n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				a := input.Article("long.txt", raw, nil)
				pipeline.Process(context.Background(), a, taggers)
				if a.Err != nil {
					b.Fatal(a.Err)
				}
			}
		})
	}
	// Runs a comma and a space apart are weighed as a list's items by the
	// marks next to them, never by reading the rest of the line.
	raw := listLine(100)
	b.Run("lists-x100", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			a := input.Article("lists.txt", raw, nil)
			pipeline.Process(context.Background(), a, taggers)
			if a.Err != nil {
				b.Fatal(a.Err)
			}
		}
	})
}

// listLine is an article of one line, n times about 1 KB of prose with 30
// runs of Chinese a comma and a space apart: at n=100, 1,500 such gaps.
func listLine(n int) []byte {
	var b strings.Builder
	for i := range 15 * n {
		b.WriteString(listLineSentences[i%len(listLineSentences)])
	}
	return []byte(b.String())
}

// listLineSentences are English sentences naming two Chinese terms in a row.
var listLineSentences = []string{
	"The notice cited 共同富裕, 双循环 as the aims of the year. ",
	"Delegates spoke of 稳增长, 保就业 at the session on Friday. ",
	"Her column set 内卷, 躺平 against each other in plain words. ",
}
