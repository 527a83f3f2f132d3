package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gocloud.dev/blob"

	"github.com/claimx/claimx/internal/bucket"
)

// TestObjectStorageShards runs claimx against a real S3-compatible server,
// SeaweedFS, started here as a process of its own and spoken to over HTTP:
// four shard processes read their inputs from one bucket and write one
// dataset into it; one is killed mid-run and run again. Every article must
// then be in the dataset exactly once, with its claims exactly once.
func TestObjectStorageShards(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an S3 server and builds claimx")
	}
	weed := weedBinary(t)
	endpoint := startWeed(t, weed)
	t.Setenv("AWS_ACCESS_KEY_ID", "claimx")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "claimx-test")
	t.Setenv("AWS_REGION", "us-east-1")
	createBucket(t, endpoint, "claimx-test")
	query := "?endpoint=" + endpoint + "&use_path_style=true"
	inbox, out := "s3://claimx-test/inbox"+query, "s3://claimx-test/datasets/daily"+query

	corpus, ids := writeCrashCorpus(t, 40)
	b := openTestBucket(t, inbox)
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.WriteAll(context.Background(), "inbox/"+filepath.Base(f), data, nil); err != nil {
			t.Fatal(err)
		}
	}

	bin := buildClaimx(t)
	shardArgs := func(i int) []string {
		return []string{"run", "--part-size", "1", "--workers", "1", "--shard", fmt.Sprintf("%d/4", i), "--out", out, inbox}
	}
	runShardsOneKilled(t, bin, shardArgs, func() int { return len(objectKeys(t, b, "datasets/daily/articles/")) })

	// The dataset as a reader of the bucket finds it, copied to a folder.
	local := t.TempDir()
	for _, key := range objectKeys(t, b, "datasets/daily/") {
		data, err := b.ReadAll(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(local, filepath.FromSlash(strings.TrimPrefix(key, "datasets/daily/")))
		if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	checkOnce(t, local, ids)
	for i := range 4 {
		if tagged, _ := filepath.Glob(filepath.Join(local, "articles", fmt.Sprintf("*-%dof4.parquet", i))); len(tagged) == 0 {
			t.Errorf("no part of shard %d", i)
		}
	}
}

// weedBinary is SeaweedFS's weed command: $CLAIMX_TEST_WEED, or weed on
// the PATH (.ci/run installs it). Without it the test skips, except under
// CI, where the S3 test must not pass unnoticed.
func weedBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("CLAIMX_TEST_WEED"); bin != "" {
		return bin
	}
	bin, err := exec.LookPath("weed")
	if err == nil {
		return bin
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no weed (SeaweedFS) on the PATH: .ci/run installs it")
	}
	t.Skip("no weed (SeaweedFS) on the PATH or in CLAIMX_TEST_WEED")
	return ""
}

// startWeed starts a SeaweedFS server with its S3 gateway on free local
// ports, stops it when the test ends, and returns the S3 endpoint once it
// answers.
func startWeed(t *testing.T, bin string) string {
	t.Helper()
	// Each server also listens on its port + 10000 (gRPC).
	ports := freePorts(t, 4)
	dir := t.TempDir()
	cmd := exec.Command(bin, "server", "-dir="+dir, "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
		"-master.port="+ports[0], "-volume.port="+ports[1], "-filer.port="+ports[2],
		"-s3", "-s3.port="+ports[3], "-master.volumeSizeLimitMB=64", "-volume.max=8")
	log, err := os.Create(filepath.Join(dir, "weed.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		log.Close()
	})
	endpoint := "http://127.0.0.1:" + ports[3]
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if resp, err := http.Get(endpoint + "/"); err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return endpoint
			}
		}
		if time.Now().After(deadline) {
			data, _ := os.ReadFile(log.Name())
			t.Fatalf("SeaweedFS's S3 gateway did not answer in 90 s:\n%s", data)
		}
	}
}

// freePorts finds n free local ports whose port + 10000 is free too.
func freePorts(t *testing.T, n int) []string {
	t.Helper()
	var ports []string
	for p := 21000 + os.Getpid()%2000*2; len(ports) < n && p < 25000+2000*2; p++ {
		if portFree(p) && portFree(p+10000) {
			ports = append(ports, fmt.Sprint(p))
		}
	}
	if len(ports) < n {
		t.Fatal("no free ports for SeaweedFS")
	}
	return ports
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// createBucket makes a bucket over S3's REST API; SeaweedFS with no
// identities configured takes unsigned requests.
func createBucket(t *testing.T, endpoint, name string) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		req, _ := http.NewRequest(http.MethodPut, endpoint+"/"+name, nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
			err = fmt.Errorf("%s: %s", resp.Status, body)
		}
		if time.Now().After(deadline) {
			t.Fatalf("creating bucket %s: %v", name, err)
		}
	}
}

func openTestBucket(t *testing.T, url string) *blob.Bucket {
	t.Helper()
	o, _, err := bucket.Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	b, err := o.Open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// objectKeys lists the keys under prefix.
func objectKeys(t *testing.T, b *blob.Bucket, prefix string) []string {
	t.Helper()
	var keys []string
	it := b.List(&blob.ListOptions{Prefix: prefix})
	for {
		obj, err := it.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return keys
		}
		if err != nil {
			t.Fatal(err)
		}
		if !obj.IsDir {
			keys = append(keys, obj.Key)
		}
	}
}
