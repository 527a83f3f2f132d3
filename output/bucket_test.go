package output

import (
	"bytes"
	"context"
	"io"
	"path"
	"slices"
	"strings"
	"testing"
	"time"

	_ "gocloud.dev/blob/memblob"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/internal/bucket"
)

// TestBucketDataset: a dataset on object storage is written part by part,
// read back by a later writer, which skips what it holds, and cleaned of
// what a crashed writer of its own shard left; another shard's young
// incomplete part, perhaps being uploaded, stays until it is old.
func TestBucketDataset(t *testing.T) {
	ctx := context.Background()
	const url = "mem://bucket-dataset/runs/claimx"
	full, bare, broken := testArticles(t)
	opts := Options{Version: testVersion, Tag: "1of2"}
	d, err := OpenBucket(ctx, url, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	o, _, _ := bucket.Parse(url)
	b, err := o.Open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keys := func() []string {
		var ks []string
		it := b.List(nil)
		for {
			obj, err := it.Next(ctx)
			if err == io.EOF {
				return ks
			}
			if err != nil {
				t.Fatal(err)
			}
			ks = append(ks, obj.Key)
		}
	}
	got := keys()
	if len(got) != 4 {
		t.Fatalf("objects after one part: %q", got)
	}
	for i, table := range []string{controlDir + "/" + idsDir, articlesDir, claimsDir, errorsDir} {
		if dir := path.Dir(got[i]); dir != "runs/claimx/"+table {
			t.Errorf("object %q, want one under runs/claimx/%s", got[i], table)
		}
	}

	// Crashes: claims uploaded, articles not, by this shard now and by
	// the other shard now and two hours ago.
	now := time.Now()
	rows := ClaimRows(bare)
	for _, orphan := range []string{
		partName(now, "aaaaaaaaaaaaaaaa", "1of2", Parquet),
		partName(now, "bbbbbbbbbbbbbbbb", "2of2", Parquet),
		partName(now.Add(-2*time.Hour), "cccccccccccccccc", "2of2", Parquet),
	} {
		var buf bytes.Buffer
		if err := writeParquet(&buf, slices.Values([][]ClaimRow{rows}), testVersion); err != nil {
			t.Fatal(err)
		}
		if err := b.WriteAll(ctx, "runs/claimx/"+claimsDir+"/"+orphan, buf.Bytes(), nil); err != nil {
			t.Fatal(err)
		}
	}

	d, err = OpenBucket(ctx, url, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if !d.Seen(full.ID) || d.Seen(bare.ID) {
		t.Errorf("seen: full %v (want true), bare %v (want false)", d.Seen(full.ID), d.Seen(bare.ID))
	}
	if d.Seen(broken.ID) {
		t.Error("a failed article counts as seen: it would never be retried")
	}
	claims, err := d.objectParts(ctx, claimsDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 2 || !slices.ContainsFunc(claims, func(n string) bool { return strings.HasSuffix(n, "-2of2.parquet") }) {
		t.Errorf("claims parts after reopening: %q; want the complete one and the other shard's young one", claims)
	}
	if err := d.WritePart([]*claimx.Article{full, bare}, testTime); err != nil {
		t.Fatal(err)
	}
	articles, err := d.objectParts(ctx, articlesDir)
	if err != nil || len(articles) != 2 {
		t.Errorf("articles parts %q, %v: want 2 (full written once)", articles, err)
	}
}
